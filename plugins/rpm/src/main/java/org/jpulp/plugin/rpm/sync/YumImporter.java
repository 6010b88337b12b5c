package org.jpulp.plugin.rpm.sync;

import java.util.List;
import org.jpulp.common.plugin.AssociationReport;
import org.jpulp.common.plugin.ConfigCheck;
import org.jpulp.common.plugin.CopyContext;
import org.jpulp.common.plugin.ImporterType;
import org.jpulp.common.plugin.PluginConfig;
import org.jpulp.common.plugin.SyncContext;
import org.jpulp.common.plugin.SyncReport;
import org.jpulp.common.plugin.UnassociateContext;
import org.jpulp.common.plugin.UploadContext;
import org.jpulp.common.plugin.UploadReport;
import org.jpulp.plugin.rpm.RpmUnits;
import org.jpulp.plugin.rpm.copy.YumCopy;
import org.jpulp.plugin.rpm.copy.YumUnassociate;
import org.jpulp.plugin.rpm.upload.RpmUploads;

/** {@code yum_importer}: mirrors yum repositories (reference §2). */
public final class YumImporter implements ImporterType {

    public static final String ID = "yum_importer";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Yum Importer";
    }

    @Override
    public List<String> supportedTypes() {
        return List.of("distribution", "drpm", RpmUnits.ERRATUM, RpmUnits.PACKAGE_GROUP, RpmUnits.PACKAGE_CATEGORY,
                RpmUnits.RPM, RpmUnits.SRPM, RpmUnits.YUM_REPO_METADATA_FILE, RpmUnits.PACKAGE_ENVIRONMENT,
                RpmUnits.PACKAGE_LANGPACKS, RpmUnits.MODULEMD, RpmUnits.MODULEMD_DEFAULTS);
    }

    @Override
    public ConfigCheck validateConfig(String repoId, PluginConfig config) {
        return YumImporterConfig.check(config);
    }

    @Override
    public SyncReport sync(SyncContext context) throws Exception {
        return new YumSync(context, YumImporterConfig.of(context.config())).run();
    }

    @Override
    public UploadReport importUpload(UploadContext context) throws Exception {
        return new RpmUploads().importUpload(context);
    }

    @Override
    public AssociationReport copy(CopyContext context) throws Exception {
        return YumCopy.run(context);
    }

    @Override
    public AssociationReport unassociate(UnassociateContext context) {
        return YumUnassociate.run(context);
    }
}
