package org.jpulp.plugin.rpm.upload;

import java.io.IOException;
import org.jpulp.common.plugin.UploadContext;
import org.jpulp.common.plugin.UploadReport;
import org.jpulp.plugin.rpm.RpmUnits;

/**
 * {@code yum_importer}'s {@code import_upload} (pulp2-rpm §6): packages with their file, errata and comps units from
 * their key and metadata. Invalid uploads answer a failure report naming the cause.
 */
public final class RpmUploads {

    public UploadReport importUpload(UploadContext context) throws IOException {
        return switch (context.unitTypeId()) {
            case RpmUnits.RPM, RpmUnits.SRPM -> new PackageUpload(context).run();
            case RpmUnits.ERRATUM -> new ErratumUpload(context).run();
            case RpmUnits.PACKAGE_GROUP, RpmUnits.PACKAGE_CATEGORY, RpmUnits.PACKAGE_ENVIRONMENT,
                 RpmUnits.PACKAGE_LANGPACKS -> new CompsUpload(context).run();
            default -> UploadReport.failure(context.unitTypeId() + " is not a supported type for upload");
        };
    }
}
