package org.jpulp.common.error;

import java.util.Map;

/** 409 PLP0018: {@code Duplicate resource: zoo}, with {@code resource_id} at the top level. */
public final class DuplicateResource extends PulpException {

    public DuplicateResource(String resourceId) {
        super(409, "PLP0018", "Duplicate resource: " + resourceId, Map.of("resource_id", resourceId));
    }
}
