package org.jpulp.restapi.auth;

import io.javalin.http.Context;
import java.util.List;
import org.jpulp.common.schema.SuperUsers;

/** The authenticated user of a request. */
public record Principal(String login, String userId, List<String> roles) {

    private static final String ATTRIBUTE = "jpulp.principal";

    public Principal {
        roles = List.copyOf(roles);
    }

    public boolean isSuperUser() {
        return roles.contains(SuperUsers.ROLE_ID);
    }

    void attachTo(Context ctx) {
        ctx.attribute(ATTRIBUTE, this);
    }

    /** The caller of an authenticated endpoint. */
    public static Principal of(Context ctx) {
        Principal p = ctx.attribute(ATTRIBUTE);
        if (p == null) {
            throw new IllegalStateException("no authenticated user on " + ctx.path());
        }
        return p;
    }
}
