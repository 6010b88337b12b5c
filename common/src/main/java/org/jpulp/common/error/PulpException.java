package org.jpulp.common.error;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pulp 2's coded exception: an HTTP status, an error code ({@code PLP0009}), a message, data merged into the top
 * level of the REST error body (Pulp's {@code data_dict()}, e.g. {@code resources} or {@code property_names}) and
 * nested errors. The REST layer renders it; a task records {@link #errorDetail()} as its {@code error}.
 */
public class PulpException extends RuntimeException {

    private final int httpStatus;
    private final String code;
    private final Map<String, Object> data;
    private final List<PulpException> subErrors;

    public PulpException(int httpStatus, String code, String message, Map<String, ?> data) {
        this(httpStatus, code, message, data, List.of());
    }

    public PulpException(int httpStatus, String code, String message, Map<String, ?> data,
                         List<PulpException> subErrors) {
        super(message, null, false, false);
        this.httpStatus = httpStatus;
        this.code = code;
        this.data = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(data));
        this.subErrors = List.copyOf(subErrors);
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String code() {
        return code;
    }

    /** The {@code data} of {@link #errorDetail()}. */
    public Map<String, Object> data() {
        return data;
    }

    /**
     * The keys Pulp 2 merges into the top level of the REST error body (its {@code data_dict()}); the same as
     * {@link #data()} except where Pulp's differ (authentication failures put only {@code auth_error_code} there).
     */
    public Map<String, Object> topLevelData() {
        return data;
    }

    public List<PulpException> subErrors() {
        return subErrors;
    }

    /** {@code {code, description, data, sub_errors}}: the {@code error} object of a REST body or a task. */
    public Map<String, Object> errorDetail() {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("code", code);
        detail.put("description", getMessage());
        detail.put("data", data);
        detail.put("sub_errors", subErrors.stream().map(PulpException::errorDetail).toList());
        return detail;
    }

    /** Python's list repr, which Pulp 2 messages use: {@code ['a', 'b']}. */
    static String pythonList(List<String> names) {
        return names.stream().map(n -> "'" + n + "'").collect(java.util.stream.Collectors.joining(", ", "[", "]"));
    }
}
