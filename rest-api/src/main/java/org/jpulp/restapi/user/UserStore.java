package org.jpulp.restapi.user;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.jpulp.common.criteria.Criteria;
import org.jpulp.common.criteria.FieldMap;
import org.jpulp.common.criteria.mongo.MongoCriteria;
import org.jpulp.common.error.DuplicateResource;
import org.jpulp.common.error.InvalidValue;
import org.jpulp.common.schema.PulpCollections;

/** Users in {@code users}: {@code {_id, login, name, password, roles}}. */
public final class UserStore {

    /** Search names: {@code id} is the ObjectId; the password hash cannot be searched or sorted on. */
    public static final FieldMap FIELDS = new FieldMap(Map.of("id", "_id"), Set.of("_id"), Set.of("password"));

    private final MongoCollection<Document> users;

    @Inject
    public UserStore(MongoDatabase db) {
        this.users = db.getCollection(PulpCollections.USERS);
    }

    public Optional<User> find(String login) {
        return Optional.ofNullable(users.find(eq("login", login)).first()).map(UserStore::decode);
    }

    public List<User> all() {
        return search(Criteria.ALL);
    }

    public List<User> search(Criteria criteria) {
        List<User> found = new ArrayList<>();
        try {
            MongoCriteria.apply(users.find(MongoCriteria.filter(criteria, FIELDS)), criteria.withoutProjection(),
                    FIELDS, List.of())
                    .forEach(d -> found.add(decode(d)));
        } catch (MongoException e) {
            throw InvalidValue.of("criteria");
        }
        return found;
    }

    public User insert(User user) {
        Document doc = new Document("_id", new ObjectId()).append("login", user.login()).append("name", user.name())
                .append("password", user.passwordHash()).append("roles", user.roles());
        try {
            users.insertOne(doc);
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY) {
                throw new DuplicateResource(user.login());
            }
            throw e;
        }
        return decode(doc);
    }

    /** Sets the given fields (those passed as null stay as they are). */
    public Optional<User> update(String login, String name, String passwordHash, List<String> roles) {
        List<Bson> sets = new ArrayList<>();
        if (name != null) {
            sets.add(Updates.set("name", name));
        }
        if (passwordHash != null) {
            sets.add(Updates.set("password", passwordHash));
        }
        if (roles != null) {
            sets.add(Updates.set("roles", roles));
        }
        if (sets.isEmpty()) {
            return find(login);
        }
        return Optional.ofNullable(users.findOneAndUpdate(eq("login", login), Updates.combine(sets),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER))).map(UserStore::decode);
    }

    public boolean delete(String login) {
        return users.deleteOne(eq("login", login)).getDeletedCount() > 0;
    }

    public List<User> withRole(String roleId) {
        List<User> found = new ArrayList<>();
        users.find(eq("roles", roleId)).forEach(d -> found.add(decode(d)));
        return found;
    }

    /** Whether {@code login} is the only member of {@code super-users}, which must never become empty. */
    public boolean isLastSuperUser(String login) {
        List<User> supers = withRole(org.jpulp.common.schema.SuperUsers.ROLE_ID);
        return supers.size() == 1 && supers.get(0).login().equals(login);
    }

    public boolean addRole(String login, String roleId) {
        return users.updateOne(eq("login", login), Updates.addToSet("roles", roleId)).getMatchedCount() > 0;
    }

    public boolean removeRole(String login, String roleId) {
        return users.updateOne(eq("login", login), Updates.pull("roles", roleId)).getMatchedCount() > 0;
    }

    public void removeRoleFromAll(String roleId) {
        users.updateMany(eq("roles", roleId), Updates.pull("roles", roleId));
    }

    private static User decode(Document d) {
        Object id = d.get("_id");
        List<String> roles = new ArrayList<>();
        if (d.get("roles") instanceof List<?> list) {
            list.forEach(r -> roles.add(String.valueOf(r)));
        }
        return new User(id instanceof ObjectId oid ? oid.toHexString() : String.valueOf(id), d.getString("login"),
                d.getString("name"), d.getString("password"), roles);
    }
}
