package org.jpulp.restapi.user;

import java.util.Map;
import java.util.Set;
import org.jpulp.common.auth.Operation;

/** The operations users hold directly on one resource path ({@code permissions}). */
public record Permission(String objectId, String resource, Map<String, Set<Operation>> users) {

    public Permission {
        users = Map.copyOf(users);
    }
}
