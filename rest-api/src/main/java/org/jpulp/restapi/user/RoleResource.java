package org.jpulp.restapi.user;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jpulp.common.auth.Operation;
import org.jpulp.common.error.CodedValidationException;
import org.jpulp.common.error.InvalidValue;
import org.jpulp.common.error.MissingResource;
import org.jpulp.common.error.MissingValue;
import org.jpulp.common.error.PulpDataException;
import org.jpulp.common.schema.SuperUsers;
import org.jpulp.restapi.auth.CredentialCache;
import org.jpulp.restapi.http.ApiRoutes;
import org.jpulp.restapi.http.Bodies;
import org.jpulp.restapi.http.Fields;
import org.jpulp.restapi.http.Hrefs;
import org.jpulp.restapi.http.Replies;
import org.jpulp.restapi.http.Routes;

/**
 * {@code /roles/}: list, create, get, update ({@code delta} of {@code display_name}, {@code description}) and
 * delete (not {@code super-users}), and membership under {@code /roles/<id>/users/}; {@code super-users} never
 * loses its last member.
 */
public final class RoleResource implements Routes {

    private static final Set<String> CREATE_KEYS = Set.of("role_id", "display_name", "description");
    private static final Set<String> DELTA_KEYS = Set.of("display_name", "description");

    private final RoleStore roles;
    private final UserStore users;
    private final CredentialCache credentials;

    @Inject
    public RoleResource(RoleStore roles, UserStore users, CredentialCache credentials) {
        this.roles = roles;
        this.users = users;
        this.credentials = credentials;
    }

    @Override
    public void register(RoutesConfig routes) {
        new ApiRoutes(routes)
                .get("/roles/", Operation.READ, "List roles", ctx -> ctx.json(roles.all().stream()
                        .map(this::render).toList()), 200)
                .post("/roles/", Operation.CREATE, "Create a role", this::create, 201, 400, 409)
                .get("/roles/{role_id}/", Operation.READ, "Get a role", ctx -> ctx.json(render(
                        find(ctx.pathParam("role_id")))), 200, 404)
                .put("/roles/{role_id}/", Operation.UPDATE, "Update a role", this::update, 200, 400, 404)
                .delete("/roles/{role_id}/", Operation.DELETE, "Delete a role", this::delete, 200, 400, 404)
                .get("/roles/{role_id}/users/", Operation.READ, "List the members of a role", ctx -> ctx.json(
                        members(find(ctx.pathParam("role_id")).id())), 200, 404)
                .post("/roles/{role_id}/users/", Operation.UPDATE, "Add a user to a role", this::addUser,
                        200, 400, 404)
                .delete("/roles/{role_id}/users/{login}/", Operation.DELETE, "Remove a user from a role",
                        this::removeUser, 200, 400, 404);
    }

    private Role find(String id) {
        return roles.find(id).orElseThrow(() -> new MissingResource("role", id));
    }

    private List<String> members(String roleId) {
        return users.withRole(roleId).stream().map(User::login).toList();
    }

    private Map<String, Object> render(Role r) {
        return UserJson.role(r, members(r.id()));
    }

    private void create(Context ctx) {
        JsonNode body = Bodies.object(ctx);
        Fields.onlyKnown(body, CREATE_KEYS);
        String id = Fields.requiredString(body, "role_id");
        if (!Role.ID.matcher(id).matches()) {
            throw InvalidValue.of("role_id");
        }
        String displayName = Fields.optionalString(body, "display_name");
        Role role = roles.insert(new Role(null, id, displayName == null ? id : displayName,
                Fields.optionalString(body, "description"), Map.of()));
        Hrefs.created(ctx, Hrefs.of("roles", id), render(role));
    }

    private void update(Context ctx) {
        String id = ctx.pathParam("role_id");
        find(id);
        JsonNode body = Bodies.object(ctx);
        if (!Fields.present(body, "delta")) {
            throw MissingValue.of("delta");
        }
        JsonNode delta = body.get("delta");
        if (!delta.isObject()) {
            throw CodedValidationException.wrongType("delta", "dict", delta);
        }
        Fields.onlyKnown(delta, DELTA_KEYS);
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String key : DELTA_KEYS) {
            if (delta.has(key)) {
                fields.put(key, Fields.optionalString(delta, key));
            }
        }
        ctx.json(render(roles.update(id, fields).orElseThrow(() -> new MissingResource("role", id))));
    }

    private void delete(Context ctx) {
        String id = ctx.pathParam("role_id");
        find(id);
        if (id.equals(SuperUsers.ROLE_ID)) {
            throw new PulpDataException("Role " + id + " cannot be changed");
        }
        users.withRole(id).forEach(u -> credentials.forget(u.login()));
        users.removeRoleFromAll(id);
        roles.delete(id);
        Replies.nothing(ctx);
    }

    private void addUser(Context ctx) {
        String id = ctx.pathParam("role_id");
        find(id);
        String login = Fields.requiredString(Bodies.object(ctx), "login");
        if (!users.addRole(login, id)) {
            throw new MissingResource("user", login);
        }
        credentials.forget(login);
        Replies.nothing(ctx);
    }

    private void removeUser(Context ctx) {
        String id = ctx.pathParam("role_id");
        String login = ctx.pathParam("login");
        find(id);
        if (users.find(login).isEmpty()) {
            throw new MissingResource("user", login);
        }
        if (id.equals(SuperUsers.ROLE_ID) && users.isLastSuperUser(login)) {
            throw new PulpDataException(SuperUsers.ROLE_ID + " cannot be empty, and " + login
                    + " is its last member");
        }
        users.removeRole(login, id);
        credentials.forget(login);
        Replies.nothing(ctx);
    }
}
