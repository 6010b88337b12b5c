package org.jpulp.common.error;

import java.util.List;
import java.util.Map;

/** 400 PLP0016: {@code Missing values for: id}, with {@code missing_property_names} at the top level. */
public final class MissingValue extends PulpException {

    public MissingValue(List<String> propertyNames) {
        super(400, "PLP0016", "Missing values for: " + String.join(", ", propertyNames),
                Map.of("missing_property_names", List.copyOf(propertyNames)));
    }

    public static MissingValue of(String... propertyNames) {
        return new MissingValue(List.of(propertyNames));
    }
}
