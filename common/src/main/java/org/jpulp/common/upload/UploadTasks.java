package org.jpulp.common.upload;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jpulp.common.task.Tags;
import org.jpulp.common.task.TaskRequest;

/**
 * {@value #IMPORT_UPLOAD}, Pulp 2's task for {@code actions/import_upload/}: reserved on {@code repository:<repo_id>},
 * tagged {@code pulp:repository:<repo_id>} and {@code pulp:action:import_upload}. Its args are {@code repo_id},
 * {@code upload_id} (absent for a unit without a file), {@code unit_type_id}, {@code unit_key},
 * {@code unit_metadata} and {@code override_config}.
 */
public final class UploadTasks {

    public static final String IMPORT_UPLOAD = "pulp.server.managers.content.upload.import_uploaded_unit";

    private UploadTasks() {
    }

    public static TaskRequest importUpload(String repoId, String uploadId, String unitTypeId,
                                           Map<String, Object> unitKey, Map<String, Object> unitMetadata,
                                           Map<String, Object> overrideConfig) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("repo_id", repoId);
        if (uploadId != null) {
            args.put("upload_id", uploadId);
        }
        args.put("unit_type_id", unitTypeId);
        args.put("unit_key", unitKey == null ? Map.of() : unitKey);
        args.put("unit_metadata", unitMetadata == null ? Map.of() : unitMetadata);
        args.put("override_config", overrideConfig == null ? Map.of() : overrideConfig);
        return TaskRequest.of(IMPORT_UPLOAD, List.of(Tags.reservation("repository", repoId)), args,
                List.of(Tags.resource("repository", repoId), Tags.action("import_upload")));
    }
}
