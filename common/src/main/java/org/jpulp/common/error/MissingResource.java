package org.jpulp.common.error;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** 404 PLP0009: {@code Missing resource(s): repository=zoo}, with {@code resources} at the top level. */
public final class MissingResource extends PulpException {

    public MissingResource(Map<String, String> resources) {
        super(404, "PLP0009", "Missing resource(s): " + resources.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")),
                Map.of("resources", new LinkedHashMap<>(resources)));
    }

    public MissingResource(String type, String id) {
        this(Map.of(type, id));
    }

    /** Two resources in a stable order, e.g. repository and distributor. */
    public static MissingResource of(String type1, String id1, String type2, String id2) {
        Map<String, String> resources = new LinkedHashMap<>();
        resources.put(type1, id1);
        resources.put(type2, id2);
        return new MissingResource(resources);
    }
}
