package org.jpulp.restapi.user;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.jpulp.common.auth.Operation;
import org.jpulp.common.error.MissingResource;
import org.jpulp.common.error.MissingValue;
import org.jpulp.common.error.PulpDataException;
import org.jpulp.common.schema.SuperUsers;
import org.jpulp.restapi.http.ApiRoutes;
import org.jpulp.restapi.http.Bodies;
import org.jpulp.restapi.http.Fields;
import org.jpulp.restapi.http.ResourcePaths;
import org.jpulp.restapi.http.Replies;
import org.jpulp.restapi.http.Routes;

/**
 * {@code /permissions/}: the direct grants per resource ({@code ?resource=} selects one), and the grant/revoke
 * actions for users and roles. Resource paths are normalized to Pulp's form ({@code /v2/repositories/zoo/}).
 */
public final class PermissionResource implements Routes {

    private final PermissionStore permissions;
    private final UserStore users;
    private final RoleStore roles;

    @Inject
    public PermissionResource(PermissionStore permissions, UserStore users, RoleStore roles) {
        this.permissions = permissions;
        this.users = users;
        this.roles = roles;
    }

    @Override
    public void register(RoutesConfig routes) {
        new ApiRoutes(routes)
                .get("/permissions/", Operation.READ, "List direct permissions, optionally of one ?resource=",
                        this::list, 200)
                .post("/permissions/actions/grant_to_user/", Operation.EXECUTE, "Grant operations to a user",
                        ctx -> toUser(ctx, true), 200, 400, 404)
                .post("/permissions/actions/revoke_from_user/", Operation.EXECUTE, "Revoke operations from a user",
                        ctx -> toUser(ctx, false), 200, 400, 404)
                .post("/permissions/actions/grant_to_role/", Operation.EXECUTE, "Grant operations to a role",
                        ctx -> toRole(ctx, true), 200, 400, 404)
                .post("/permissions/actions/revoke_from_role/", Operation.EXECUTE, "Revoke operations from a role",
                        ctx -> toRole(ctx, false), 200, 400, 404);
    }

    private void list(Context ctx) {
        String resource = ctx.queryParam("resource");
        List<Permission> found = resource == null ? permissions.all()
                : permissions.find(ResourcePaths.normalize(resource)).stream().toList();
        ctx.json(found.stream().map(UserJson::permission).toList());
    }

    private void toUser(Context ctx, boolean grant) {
        JsonNode body = Bodies.object(ctx);
        String login = Fields.requiredString(body, "login");
        Grant g = grant(body);
        if (users.find(login).isEmpty()) {
            throw new MissingResource("user", login);
        }
        if (grant) {
            permissions.grant(g.resource(), login, g.operations());
        } else {
            permissions.revoke(g.resource(), login, g.operations());
        }
        Replies.nothing(ctx);
    }

    private void toRole(Context ctx, boolean grant) {
        JsonNode body = Bodies.object(ctx);
        String roleId = Fields.requiredString(body, "role_id");
        Grant g = grant(body);
        if (roles.find(roleId).isEmpty()) {
            throw new MissingResource("role", roleId);
        }
        if (roleId.equals(SuperUsers.ROLE_ID)) {
            throw new PulpDataException("Role " + roleId + " cannot be changed");
        }
        roles.change(roleId, g.resource(), g.operations(), grant);
        Replies.nothing(ctx);
    }

    private static Grant grant(JsonNode body) {
        String resource = Fields.requiredString(body, "resource");
        List<String> ops = Fields.optionalStrings(body, "operations");
        if (ops == null) {
            throw MissingValue.of("operations");
        }
        return new Grant(ResourcePaths.normalize(resource), Operations.parse(ops));
    }

    private record Grant(String resource, Set<Operation> operations) {
    }
}
