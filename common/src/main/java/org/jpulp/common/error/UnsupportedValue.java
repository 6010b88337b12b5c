package org.jpulp.common.error;

import java.util.List;
import java.util.Map;

/** 400 PLP0017: keys the operation does not accept, listed as {@code unsupported_property_names}. */
public final class UnsupportedValue extends PulpException {

    public UnsupportedValue(List<String> propertyNames) {
        super(400, "PLP0017", "Unsupported properties: " + pythonList(propertyNames),
                Map.of("unsupported_property_names", List.copyOf(propertyNames)));
    }
}
