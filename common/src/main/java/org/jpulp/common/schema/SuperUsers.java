package org.jpulp.common.schema;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.Arrays;
import java.util.List;
import org.bson.Document;
import org.jpulp.common.auth.Operation;
import org.jpulp.common.auth.PasswordHasher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pulp 2's built-in role and first user, as {@code pulp-manage-db} makes them:
 * role {@value #ROLE_ID} in {@code roles}
 * {@code {id, display_name, description, permissions: [{resource: "/", permission: [0,1,2,3,4]}]}} (Pulp 2.21 stores
 * permissions as a list of resource/operation-code pairs, which keeps resource paths out of field names), and,
 * when no user has that role, {@code [server] default_login}/{@code default_password} in {@code users}
 * {@code {login, name, password: <hash>, roles: ["super-users"]}}.
 */
public final class SuperUsers {

    public static final String ROLE_ID = "super-users";
    public static final String ROLE_DISPLAY_NAME = "Super Users";
    public static final String ROLE_DESCRIPTION = "Role indicates users with admin privileges";

    private static final Logger LOG = LoggerFactory.getLogger(SuperUsers.class);

    private final MongoCollection<Document> roles;
    private final MongoCollection<Document> users;
    private final PasswordHasher hasher;

    public SuperUsers(MongoDatabase db, PasswordHasher hasher) {
        this.roles = db.getCollection(PulpCollections.ROLES);
        this.users = db.getCollection(PulpCollections.USERS);
        this.hasher = hasher;
    }

    /** Creates role {@value #ROLE_ID} when missing; leaves an existing one as it is. */
    public void ensureRole() {
        List<Integer> all = Arrays.stream(Operation.values()).map(Operation::code).toList();
        Document role = new Document("id", ROLE_ID).append("display_name", ROLE_DISPLAY_NAME)
                .append("description", ROLE_DESCRIPTION)
                .append("permissions", List.of(new Document("resource", "/").append("permission", all)));
        try {
            if (roles.updateOne(eq("id", ROLE_ID), Updates.setOnInsert(role), new UpdateOptions().upsert(true))
                    .getUpsertedId() != null) {
                LOG.info("created role '{}'", ROLE_ID);
            }
        } catch (MongoWriteException e) {
            ignoreDuplicate(e); // a concurrent upsert inserted it first
        }
    }

    /**
     * Creates {@code login} with {@code password} in role {@value #ROLE_ID} unless some user already has that role.
     * A user named {@code login} without the role is left alone (granting it admin rights silently would be worse).
     */
    public void ensureAdmin(String login, String password) {
        if (users.countDocuments(eq("roles", ROLE_ID)) > 0) {
            return;
        }
        if (users.countDocuments(eq("login", login)) > 0) {
            LOG.warn("no user has role '{}', and user '{}' exists without it: not creating a default admin; "
                    + "grant the role by hand", ROLE_ID, login);
            return;
        }
        Document admin = new Document("login", login).append("name", login)
                .append("password", hasher.hash(password.toCharArray())).append("roles", List.of(ROLE_ID));
        try {
            users.insertOne(admin);
            LOG.info("created admin user '{}'", login);
        } catch (MongoWriteException e) {
            ignoreDuplicate(e);
        }
    }

    private static void ignoreDuplicate(MongoWriteException e) {
        if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
            throw e;
        }
    }
}
