package org.jpulp.plugin.iso.sync;

import java.util.List;
import org.jpulp.common.plugin.AssociationReport;
import org.jpulp.common.plugin.ConfigCheck;
import org.jpulp.common.plugin.CopyContext;
import org.jpulp.common.plugin.ImporterType;
import org.jpulp.common.plugin.PluginConfig;
import org.jpulp.common.plugin.SyncContext;
import org.jpulp.common.plugin.SyncReport;
import org.jpulp.common.plugin.UploadContext;
import org.jpulp.common.plugin.UploadReport;
import org.jpulp.plugin.iso.IsoUnits;
import org.jpulp.plugin.iso.copy.IsoCopy;
import org.jpulp.plugin.iso.upload.IsoUpload;

/** {@code iso_importer}: syncs from a feed's {@code PULP_MANIFEST}, takes ISO uploads and copies. */
public final class IsoImporter implements ImporterType {

    public static final String ID = "iso_importer";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "ISO Importer";
    }

    @Override
    public List<String> supportedTypes() {
        return List.of(IsoUnits.TYPE_ID);
    }

    @Override
    public ConfigCheck validateConfig(String repoId, PluginConfig config) {
        return IsoImporterConfig.check(config);
    }

    @Override
    public SyncReport sync(SyncContext context) throws Exception {
        return new IsoSync(context, IsoImporterConfig.of(context.config())).run();
    }

    @Override
    public UploadReport importUpload(UploadContext context) throws Exception {
        return new IsoUpload(context, IsoImporterConfig.of(context.config()).validate()).run();
    }

    @Override
    public AssociationReport copy(CopyContext context) {
        return IsoCopy.run(context);
    }
}
