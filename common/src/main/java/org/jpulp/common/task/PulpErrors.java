package org.jpulp.common.task;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Task {@code error} documents in Pulp 2's shape: {@code {code, description, data, sub_errors}}. */
public final class PulpErrors {

    /** Pulp 2's "worker terminated abnormally while processing task". */
    public static final String WORKER_LOST = "PLP0049";
    public static final String GENERIC = "PLP0000";

    private PulpErrors() {
    }

    public static Map<String, Object> error(String code, String description, Map<String, Object> data) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("description", description);
        error.put("data", data);
        error.put("sub_errors", List.of());
        return error;
    }
}
