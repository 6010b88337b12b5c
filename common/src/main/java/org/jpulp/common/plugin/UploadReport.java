package org.jpulp.common.plugin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pulp 2's importer upload report, the {@code import_upload} task's {@code result}:
 * {@code {"success_flag": ..., "summary": ..., "details": {...}}}; failures carry {@code details.errors}.
 */
public record UploadReport(boolean successFlag, Object summary, Map<String, Object> details) {

    public UploadReport {
        details = Map.copyOf(details);
    }

    public static UploadReport success() {
        return new UploadReport(true, "", Map.of());
    }

    public static UploadReport failure(String message) {
        return new UploadReport(false, message, Map.of("errors", List.of(message)));
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("success_flag", successFlag);
        m.put("summary", summary);
        m.put("details", details);
        return m;
    }
}
