package org.jpulp.restapi.repository;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.jpulp.common.auth.Operation;
import org.jpulp.common.error.MissingResource;
import org.jpulp.common.error.MissingValue;
import org.jpulp.common.error.PulpDataException;
import org.jpulp.common.repository.Importer;
import org.jpulp.common.task.TaskDispatcher;
import org.jpulp.common.upload.UploadFiles;
import org.jpulp.common.upload.UploadTasks;
import org.jpulp.restapi.http.ApiRoutes;
import org.jpulp.restapi.http.Bodies;
import org.jpulp.restapi.http.CallReport;
import org.jpulp.restapi.http.Fields;
import org.jpulp.restapi.http.Routes;

/**
 * {@code actions/import_upload/}: a 202 call report of one {@value UploadTasks#IMPORT_UPLOAD} task, after the checks
 * Pulp 2 makes first: the repository (404) and its importer (404) exist, the importer takes the unit type (400
 * PLP0001), the upload exists (404 {@code upload_request}; {@code upload_id} may be null
 * for units without a file, such as errata) and the {@code override_config} passes the plugin's check.
 */
public final class ImportUploadResource implements Routes {

    private final Repositories repositories;
    private final PluginConfigs plugins;
    private final UploadFiles uploads;
    private final TaskDispatcher tasks;

    @Inject
    public ImportUploadResource(Repositories repositories, PluginConfigs plugins, UploadFiles uploads,
                                TaskDispatcher tasks) {
        this.repositories = repositories;
        this.plugins = plugins;
        this.uploads = uploads;
        this.tasks = tasks;
    }

    @Override
    public void register(RoutesConfig routes) {
        new ApiRoutes(routes).post("/repositories/{repo_id}/actions/import_upload/", Operation.UPDATE,
                "Import an uploaded file (or a unit without file) into the repository through its importer (task)",
                this::importUpload, 202, 400, 404);
    }

    private void importUpload(Context ctx) {
        String repoId = repositories.get(ctx.pathParam("repo_id")).id();
        JsonNode body = Bodies.object(ctx);
        String uploadId = Fields.optionalString(body, "upload_id");
        String unitTypeId = Fields.requiredString(body, "unit_type_id");
        Map<String, Object> unitKey = Fields.optionalObject(body, "unit_key");
        if (unitKey == null) {
            throw MissingValue.of("unit_key");
        }
        Map<String, Object> metadata = Fields.optionalObject(body, "unit_metadata");
        Map<String, Object> override = Fields.optionalObject(body, "override_config");
        Importer importer = repositories.store().importer(repoId).orElseThrow(() -> MissingResource.of(
                "repository", repoId, "importer", "(none)"));
        if (!plugins.importerType(importer.importerTypeId()).supportedTypes().contains(unitTypeId)) {
            throw new PulpDataException("Invalid unit type for repository " + repoId + ": " + unitTypeId
                    + " (its importer " + importer.importerTypeId() + " does not take it)");
        }
        if (uploadId != null) {
            uploads.existing(uploadId);
        }
        plugins.checkImporter(importer.importerTypeId(), repoId, importer.config(), Map.of(),
                override == null ? Map.of() : override, "override_config");
        CallReport.accepted(ctx, List.of(tasks.dispatch(UploadTasks.importUpload(repoId, uploadId, unitTypeId,
                unitKey, metadata, override))));
    }
}
