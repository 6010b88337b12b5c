package org.jpulp.restapi.user;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jpulp.common.auth.Operation;

/** A role ({@code roles}): operations per resource path, granted to every member. */
public record Role(String objectId, String id, String displayName, String description,
                   Map<String, Set<Operation>> permissions) {

    public static final Pattern ID = Pattern.compile("^[.\\-_A-Za-z0-9]+$");

    public Role {
        permissions = Map.copyOf(permissions);
    }
}
