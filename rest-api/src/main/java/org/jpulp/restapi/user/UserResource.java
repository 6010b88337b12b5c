package org.jpulp.restapi.user;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jpulp.common.auth.Operation;
import org.jpulp.common.auth.PasswordHasher;
import org.jpulp.common.criteria.Criteria;
import org.jpulp.common.error.CodedValidationException;
import org.jpulp.common.error.InvalidValue;
import org.jpulp.common.error.MissingResource;
import org.jpulp.common.error.MissingValue;
import org.jpulp.common.error.PulpDataException;
import org.jpulp.common.schema.SuperUsers;
import org.jpulp.restapi.auth.CredentialCache;
import org.jpulp.restapi.auth.Principal;
import org.jpulp.restapi.http.ApiRoutes;
import org.jpulp.restapi.http.Bodies;
import org.jpulp.restapi.http.Fields;
import org.jpulp.restapi.http.Hrefs;
import org.jpulp.restapi.http.Replies;
import org.jpulp.restapi.http.Routes;
import org.jpulp.restapi.search.SearchRequests;

/**
 * {@code /users/}: list, create (201; the new user may read and update itself and log in, its creator gets every
 * operation on it), search, get, update ({@code delta} of {@code name}, {@code password}, {@code roles}) and delete
 * (not the last super-user). Passwords are stored hashed and never returned.
 */
public final class UserResource implements Routes {

    private static final Set<String> CREATE_KEYS = Set.of("login", "password", "name");
    private static final Set<String> DELTA_KEYS = Set.of("name", "password", "roles");
    private static final Set<String> ALWAYS_KEPT = Set.of("_id", "id", "login", "_href");

    private final UserStore users;
    private final RoleStore roles;
    private final PermissionStore permissions;
    private final PasswordHasher hasher;
    private final CredentialCache credentials;

    @Inject
    public UserResource(UserStore users, RoleStore roles, PermissionStore permissions, PasswordHasher hasher,
                        CredentialCache credentials) {
        this.users = users;
        this.roles = roles;
        this.permissions = permissions;
        this.hasher = hasher;
        this.credentials = credentials;
    }

    @Override
    public void register(RoutesConfig routes) {
        new ApiRoutes(routes)
                .get("/users/", Operation.READ, "List users", ctx -> ctx.json(render(users.all())), 200)
                .post("/users/", Operation.CREATE, "Create a user", this::create, 201, 400, 409)
                .post("/users/search/", Operation.READ, "Search users", ctx -> search(ctx,
                        SearchRequests.fromBody(ctx)), 200, 400)
                .get("/users/search/", Operation.READ, "Search users (query form)", ctx -> search(ctx,
                        SearchRequests.fromQuery(ctx)), 200, 400)
                .get("/users/{login}/", Operation.READ, "Get a user", ctx -> ctx.json(UserJson.user(
                        find(ctx.pathParam("login")))), 200, 404)
                .put("/users/{login}/", Operation.UPDATE, "Update a user", this::update, 200, 400, 404)
                .delete("/users/{login}/", Operation.DELETE, "Delete a user", this::delete, 200, 400, 404);
    }

    private User find(String login) {
        return users.find(login).orElseThrow(() -> new MissingResource("user", login));
    }

    private static List<Map<String, Object>> render(List<User> list) {
        return list.stream().map(UserJson::user).toList();
    }

    private void search(Context ctx, Criteria criteria) {
        ctx.json(SearchRequests.project(render(users.search(criteria)), criteria.fields(), ALWAYS_KEPT));
    }

    private void create(Context ctx) {
        JsonNode body = Bodies.object(ctx);
        Fields.onlyKnown(body, CREATE_KEYS);
        String login = Fields.requiredString(body, "login");
        if (!User.LOGIN.matcher(login).matches()) {
            throw InvalidValue.of("login");
        }
        String password = Fields.optionalString(body, "password");
        String name = Fields.optionalString(body, "name");
        User created = users.insert(new User(null, login, name == null ? login : name,
                password == null ? null : hasher.hash(password.toCharArray()), List.of()));
        String href = Hrefs.of("users", login);
        for (String own : List.of("/v2/actions/login/", "/v2/actions/logout/", "/v2/users/" + login + "/")) {
            permissions.grant(own, login, Operations.NEW_USER);
        }
        permissions.grant("/v2/users/" + login + "/", Principal.of(ctx).login(), EnumSet.allOf(Operation.class));
        Hrefs.created(ctx, href, UserJson.user(created));
    }

    private void update(Context ctx) {
        String login = ctx.pathParam("login");
        JsonNode body = Bodies.object(ctx);
        if (!Fields.present(body, "delta")) {
            throw MissingValue.of("delta");
        }
        JsonNode delta = body.get("delta");
        if (!delta.isObject()) {
            throw CodedValidationException.wrongType("delta", "dict", delta);
        }
        Fields.onlyKnown(delta, DELTA_KEYS);
        find(login);
        String name = Fields.optionalString(delta, "name");
        String password = Fields.optionalString(delta, "password");
        List<String> newRoles = Fields.optionalStrings(delta, "roles");
        if (newRoles != null) {
            checkRoles(login, newRoles);
        }
        User updated = users.update(login, name, password == null ? null : hasher.hash(password.toCharArray()),
                newRoles).orElseThrow(() -> new MissingResource("user", login));
        if (password != null || newRoles != null) {
            credentials.forget(login);
        }
        ctx.json(UserJson.user(updated));
    }

    private void checkRoles(String login, List<String> newRoles) {
        for (String role : newRoles) {
            if (roles.find(role).isEmpty()) {
                throw InvalidValue.of("roles");
            }
        }
        if (!newRoles.contains(SuperUsers.ROLE_ID) && users.isLastSuperUser(login)) {
            throw new PulpDataException("User " + login + " is the last member of " + SuperUsers.ROLE_ID
                    + ", which cannot be empty");
        }
    }

    private void delete(Context ctx) {
        String login = ctx.pathParam("login");
        find(login);
        if (users.isLastSuperUser(login)) {
            throw new PulpDataException("User " + login + " is the last member of " + SuperUsers.ROLE_ID
                    + " and cannot be deleted");
        }
        users.delete(login);
        permissions.removeUser(login);
        credentials.forget(login);
        Replies.nothing(ctx);
    }
}
