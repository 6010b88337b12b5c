package org.jpulp.common.error;

import java.util.Map;

/**
 * Pulp 2's {@code PulpCodedValidationException}: 400 with a validation code from PLP1000-PLP2999, e.g.
 * {@link #wrongType PLP1010} or PLP1008 (unknown importer type).
 */
public final class CodedValidationException extends PulpException {

    public CodedValidationException(String code, String message, Map<String, ?> data) {
        super(400, code, message, data);
    }

    /** PLP1010: {@code Provided value 5 for field delta must be of type dict.} */
    public static CodedValidationException wrongType(String field, String type, Object value) {
        return new CodedValidationException("PLP1010", "Provided value " + value + " for field " + field
                + " must be of type " + type + ".", Map.of("field", field, "field_type", type,
                "value", String.valueOf(value)));
    }
}
