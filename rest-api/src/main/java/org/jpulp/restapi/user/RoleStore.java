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
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.jpulp.common.auth.Operation;
import org.jpulp.common.error.DuplicateResource;
import org.jpulp.common.error.MissingResource;
import org.jpulp.common.schema.PulpCollections;

/** Roles in {@code roles}: {@code {_id, id, display_name, description, permissions: [{resource, permission}]}}. */
public final class RoleStore {

    private static final int CAS_TRIES = 20;

    private final MongoCollection<Document> roles;

    @Inject
    public RoleStore(MongoDatabase db) {
        this.roles = db.getCollection(PulpCollections.ROLES);
    }

    public Optional<Role> find(String id) {
        return Optional.ofNullable(roles.find(eq("id", id)).first()).map(RoleStore::decode);
    }

    public List<Role> all() {
        List<Role> found = new ArrayList<>();
        roles.find().sort(new Document("id", 1)).forEach(d -> found.add(decode(d)));
        return found;
    }

    public Role insert(Role role) {
        Document doc = new Document("_id", new ObjectId()).append("id", role.id())
                .append("display_name", role.displayName()).append("description", role.description())
                .append("permissions", Grants.write(role.permissions(), "resource"));
        try {
            roles.insertOne(doc);
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY) {
                throw new DuplicateResource(role.id());
            }
            throw e;
        }
        return decode(doc);
    }

    /** Sets {@code display_name} and/or {@code description}, as present in {@code fields}. */
    public Optional<Role> update(String id, Map<String, Object> fields) {
        if (!fields.isEmpty()) {
            List<Bson> sets = new ArrayList<>();
            fields.forEach((k, v) -> sets.add(Updates.set(k, v)));
            roles.updateOne(eq("id", id), Updates.combine(sets));
        }
        return find(id);
    }

    public boolean delete(String id) {
        return roles.deleteOne(eq("id", id)).getDeletedCount() > 0;
    }

    /** Adds (or removes) operations on a resource; 404 when the role does not exist. */
    public Role change(String id, String resource, Set<Operation> ops, boolean grant) {
        for (int i = 0; i < CAS_TRIES; i++) {
            Document current = roles.find(eq("id", id)).first();
            if (current == null) {
                throw new MissingResource("role", id);
            }
            Map<String, Set<Operation>> changed = Grants.change(Grants.read(current.get("permissions"), "resource"),
                    resource, ops, grant);
            List<Document> written = Grants.write(changed, "resource");
            if (roles.updateOne(and(eq("_id", current.get("_id")), eq("permissions", current.get("permissions"))),
                    Updates.set("permissions", written)).getMatchedCount() > 0) {
                return decode(current.append("permissions", written));
            }
        }
        throw new IllegalStateException("role " + id + " kept changing under a permission update");
    }

    /** Whether any of the roles grants {@code op} on any of {@code resources}. */
    public boolean anyGrants(Collection<String> roleIds, List<String> resources, Operation op) {
        if (roleIds.isEmpty()) {
            return false;
        }
        for (Document d : roles.find(in("id", roleIds))) {
            Map<String, Set<Operation>> perms = Grants.read(d.get("permissions"), "resource");
            for (String resource : resources) {
                if (perms.getOrDefault(resource, Set.of()).contains(op)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Role decode(Document d) {
        return new Role(Grants.hex(d.get("_id")), d.getString("id"), d.getString("display_name"),
                d.getString("description"), Grants.read(d.get("permissions"), "resource"));
    }
}
