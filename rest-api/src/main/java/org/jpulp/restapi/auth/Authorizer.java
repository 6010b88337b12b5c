package org.jpulp.restapi.auth;

import jakarta.inject.Inject;
import java.util.List;
import org.jpulp.common.auth.Operation;
import org.jpulp.restapi.http.ResourcePaths;
import org.jpulp.restapi.user.PermissionStore;
import org.jpulp.restapi.user.RoleStore;

/**
 * Pulp 2's authorization: members of {@code super-users} may do anything; anyone else needs the operation on the
 * request's resource path or one of its ancestors (up to {@code /}), granted to the user directly or to one of
 * the user's roles. Denied is 401 PLP0026.
 */
public final class Authorizer {

    private final PermissionStore permissions;
    private final RoleStore roles;

    @Inject
    public Authorizer(PermissionStore permissions, RoleStore roles) {
        this.permissions = permissions;
        this.roles = roles;
    }

    public boolean allows(Principal who, String resource, Operation op) {
        if (who.isSuperUser()) {
            return true;
        }
        List<String> paths = ResourcePaths.withAncestors(resource);
        return permissions.userHas(who.login(), paths, op) || roles.anyGrants(who.roles(), paths, op);
    }

    public void check(Principal who, String resource, Operation op) {
        if (!allows(who, resource, op)) {
            throw AuthenticationFailed.permissionDenied(who.login(), op);
        }
    }
}
