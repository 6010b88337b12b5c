package org.jpulp.worker.repository;

import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jpulp.common.error.PulpException;
import org.jpulp.common.plugin.ImporterType;
import org.jpulp.common.plugin.PluginConfig;
import org.jpulp.common.plugin.PluginException;
import org.jpulp.common.plugin.PluginServices;
import org.jpulp.common.plugin.TaskPluginContexts;
import org.jpulp.common.plugin.UploadReport;
import org.jpulp.common.plugin.UploadRequest;
import org.jpulp.common.repository.Importer;
import org.jpulp.common.task.TaskContext;
import org.jpulp.common.task.TaskType;
import org.jpulp.common.upload.UploadFiles;
import org.jpulp.common.upload.UploadTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@value UploadTasks#IMPORT_UPLOAD}: hands the uploaded file (none for units without one) with the client's unit key
 * and metadata to the repository importer's {@link ImporterType#importUpload} under the stored config and the call's
 * {@code override_config}, then refreshes the repository's unit counts. The result is the importer's report
 * ({@code success_flag}, {@code summary}, {@code details}); a report of failure ends the task in error PLP0047 with
 * the importer's message. The upload itself stays until the client deletes it, as in Pulp 2.
 */
public final class ImportUploadTask implements TaskType {

    static final String FAILED_UPLOAD = "PLP0047";
    private static final Logger LOG = LoggerFactory.getLogger(ImportUploadTask.class);

    private final Repositories repositories;
    private final PluginServices services;
    private final UploadFiles uploads;

    @Inject
    ImportUploadTask(Repositories repositories, PluginServices services, UploadFiles uploads) {
        this.repositories = repositories;
        this.services = services;
        this.uploads = uploads;
    }

    @Override
    public String name() {
        return UploadTasks.IMPORT_UPLOAD;
    }

    @Override
    public Object run(TaskContext context) throws Exception {
        TaskArgs args = TaskArgs.of(context);
        String repoId = args.text("repo_id");
        String unitTypeId = args.text("unit_type_id");
        Importer importer = repositories.importer(repoId);
        ImporterType type = repositories.importerType(importer.importerTypeId());
        if (!type.supportedTypes().contains(unitTypeId)) {
            throw new PluginException("the importer " + type.id() + " of repository " + repoId
                    + " does not take units of type " + unitTypeId);
        }
        String uploadId = args.optionalText("upload_id");
        Path file = uploadId == null ? null : uploads.file(uploadId).orElseThrow(() -> new PluginException(
                "the upload request " + uploadId + " does not exist"));
        PluginConfig config = PluginConfig.layered(Map.of(), importer.config(), args.map("override_config"));
        UploadRequest request = new UploadRequest(unitTypeId, args.map("unit_key"), args.map("unit_metadata"), file);
        UploadReport report = type.importUpload(TaskPluginContexts.upload(context, importer.importerTypeId(), repoId,
                config, services, request));
        refreshCounts(repoId, report);
        if (!report.successFlag()) {
            throw failed(repoId, unitTypeId, report);
        }
        LOG.info("imported an upload of type {} into repository {}", unitTypeId, repoId);
        return report.toMap();
    }

    private void refreshCounts(String repoId, UploadReport report) {
        Instant now = services.clock().instant();
        repositories.store().updateContent(repoId, services.associations().countsByType(repoId),
                report.successFlag() ? now : null, null);
    }

    private static PulpException failed(String repoId, String unitTypeId, UploadReport report) {
        String message = "Importer indicated a failed response when uploading " + unitTypeId
                + " unit to repository " + repoId + ": " + report.summary();
        return new PulpException(500, FAILED_UPLOAD, message, Map.of("repository_id", repoId,
                "summary", String.valueOf(report.summary()), "details", report.details()), List.of());
    }
}
