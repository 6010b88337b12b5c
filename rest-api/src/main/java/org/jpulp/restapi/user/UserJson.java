package org.jpulp.restapi.user;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jpulp.restapi.http.Hrefs;

/** The REST shapes of users, roles and permissions; a user's password hash is never rendered. */
final class UserJson {

    private UserJson() {
    }

    static Map<String, Object> user(User u) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("_id", Hrefs.oid(u.objectId()));
        out.put("id", u.objectId());
        out.put("login", u.login());
        out.put("name", u.name());
        out.put("roles", u.roles());
        out.put("_ns", "users");
        out.put("_href", Hrefs.of("users", u.login()));
        return out;
    }

    static Map<String, Object> role(Role r, List<String> members) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("_id", Hrefs.oid(r.objectId()));
        out.put("id", r.id());
        out.put("display_name", r.displayName());
        out.put("description", r.description());
        Map<String, Object> permissions = new TreeMap<>();
        r.permissions().forEach((resource, ops) -> permissions.put(resource, Grants.names(ops)));
        out.put("permissions", permissions);
        out.put("users", members);
        out.put("_ns", "roles");
        out.put("_href", Hrefs.of("roles", r.id()));
        return out;
    }

    static Map<String, Object> permission(Permission p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("_id", Hrefs.oid(p.objectId()));
        out.put("id", p.objectId());
        out.put("resource", p.resource());
        Map<String, Object> users = new TreeMap<>();
        p.users().forEach((login, ops) -> users.put(login, Grants.names(ops)));
        out.put("users", users);
        out.put("_ns", "permissions");
        return out;
    }
}
