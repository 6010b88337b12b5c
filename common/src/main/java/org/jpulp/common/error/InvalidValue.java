package org.jpulp.common.error;

import java.util.List;
import java.util.Map;

/** 400 PLP0015: {@code Invalid properties: ['notes']}, with {@code property_names} at the top level. */
public final class InvalidValue extends PulpException {

    public InvalidValue(List<String> propertyNames) {
        this(propertyNames, "Invalid properties: " + pythonList(propertyNames));
    }

    /** With a specific message (e.g. a plugin's reason for rejecting a config), still listing the properties. */
    public InvalidValue(List<String> propertyNames, String message) {
        this(propertyNames, message, List.of());
    }

    public InvalidValue(List<String> propertyNames, String message, List<PulpException> subErrors) {
        super(400, "PLP0015", message, Map.of("property_names", List.copyOf(propertyNames)), subErrors);
    }

    public static InvalidValue of(String... propertyNames) {
        return new InvalidValue(List.of(propertyNames));
    }
}
