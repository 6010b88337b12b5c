package org.jpulp.restapi.user;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.jpulp.common.auth.Operation;
import org.jpulp.common.schema.PulpCollections;

/**
 * Operations granted to users directly, one document per resource path in {@code permissions}:
 * {@code {_id, resource, users: [{username, permission}]}}. Changes are compare-and-set on the whole list, so
 * concurrent grants on the same resource do not lose each other.
 */
public final class PermissionStore {

    private static final int CAS_TRIES = 20;

    private final MongoCollection<Document> permissions;

    @Inject
    public PermissionStore(MongoDatabase db) {
        this.permissions = db.getCollection(PulpCollections.PERMISSIONS);
    }

    public List<Permission> all() {
        List<Permission> found = new ArrayList<>();
        permissions.find().sort(new Document("resource", 1)).forEach(d -> found.add(decode(d)));
        return found;
    }

    public Optional<Permission> find(String resource) {
        return Optional.ofNullable(permissions.find(eq("resource", resource)).first()).map(PermissionStore::decode);
    }

    public void grant(String resource, String login, Set<Operation> ops) {
        change(resource, login, ops, true);
    }

    public void revoke(String resource, String login, Set<Operation> ops) {
        change(resource, login, ops, false);
    }

    /** Removes every grant of a (deleted) user. */
    public void removeUser(String login) {
        List<String> resources = new ArrayList<>();
        permissions.find(eq("users.username", login)).forEach(d -> resources.add(d.getString("resource")));
        resources.forEach(r -> change(r, login, Set.of(Operation.values()), false));
    }

    /** Whether the user holds {@code op} directly on any of {@code resources}. */
    public boolean userHas(String login, List<String> resources, Operation op) {
        for (Document d : permissions.find(and(in("resource", resources), eq("users.username", login)))) {
            if (Grants.read(d.get("users"), "username").getOrDefault(login, Set.of()).contains(op)) {
                return true;
            }
        }
        return false;
    }

    private void change(String resource, String login, Set<Operation> ops, boolean grant) {
        for (int i = 0; i < CAS_TRIES; i++) {
            Document current = permissions.find(eq("resource", resource)).first();
            if (current == null) {
                if (!grant) {
                    return;
                }
                current = insertEmpty(resource);
                continue;
            }
            Map<String, Set<Operation>> users = Grants.change(Grants.read(current.get("users"), "username"), login,
                    ops, grant);
            if (permissions.updateOne(and(eq("_id", current.get("_id")), eq("users", current.get("users"))),
                    Updates.set("users", Grants.write(users, "username"))).getMatchedCount() > 0) {
                return;
            }
        }
        throw new IllegalStateException("permissions of " + resource + " kept changing under an update");
    }

    private Document insertEmpty(String resource) {
        Document doc = new Document("_id", new ObjectId()).append("resource", resource).append("users", List.of());
        try {
            permissions.insertOne(doc);
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        return doc;
    }

    private static Permission decode(Document d) {
        return new Permission(Grants.hex(d.get("_id")), d.getString("resource"),
                Grants.read(d.get("users"), "username"));
    }
}
