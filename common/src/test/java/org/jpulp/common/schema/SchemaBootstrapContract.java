package org.jpulp.common.schema;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.jpulp.common.auth.PasswordHasher;
import org.jpulp.common.config.ServerConfig;
import org.jpulp.common.db.LeaseLock;
import org.jpulp.common.testsupport.RecordingSleeper;
import org.jpulp.common.testsupport.TestConfigs;
import org.jpulp.testing.mongo.TestMongoClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** What {@link SchemaBootstrap} guarantees, run against every MongoDB the project supports. */
abstract class SchemaBootstrapContract {

    private final PasswordHasher hasher = new PasswordHasher();
    protected MongoDatabase db;

    /** A client to the server under test; each test works in a database of its own. */
    protected abstract MongoClient client();

    @BeforeEach
    void freshDatabase(TestInfo test) {
        db = client().getDatabase(TestMongoClients.uniqueDatabaseName("boot_" + test.getTestMethod().orElseThrow().getName()));
    }

    @AfterEach
    void dropDatabase() {
        db.drop();
    }

    private int bootstrap(ServerConfig server) {
        return new SchemaBootstrap(db, server, Clock.systemUTC(), "beat@test").run();
    }

    @Test
    void aFreshDatabaseReachesTheRequiredVersion() {
        assertThat(bootstrap(TestConfigs.server())).isEqualTo(SchemaGate.REQUIRED_VERSION);

        assertThat(db.getCollection(MigrationTrackers.COLLECTION).find().into(new ArrayList<>())).containsExactly(
                new Document("_id", PlatformMigrations.TRACKER).append("name", PlatformMigrations.TRACKER)
                        .append("version", SchemaGate.REQUIRED_VERSION));
    }

    @Test
    void everyPlatformCollectionHasItsIndexes() {
        bootstrap(TestConfigs.server());

        List<String> collections = db.listCollectionNames().into(new ArrayList<>());
        for (CollectionSpec spec : PlatformMigrations.collections()) {
            assertThat(collections).contains(spec.name());
            Map<String, Document> indexes = new TreeMap<>();
            db.getCollection(spec.name()).listIndexes().forEach(ix -> indexes.put(ix.getString("name"), ix));
            for (IndexSpec index : spec.indexes()) {
                assertThat(indexes).as(spec.name()).containsKey(index.name());
                assertThat(indexes.get(index.name()).getBoolean("unique", false)).as(index.name()).isEqualTo(index.unique());
            }
        }
        assertThat(uniqueKeys("repos")).contains("repo_id_1");
        assertThat(uniqueKeys("repo_content_units")).contains("repo_id_1_unit_type_id_1_unit_id_1");
        assertThat(uniqueKeys("task_status")).contains("task_id_1");
        assertThat(uniqueKeys("users")).contains("login_1");
        assertThat(uniqueKeys("roles")).contains("id_1");
        assertThat(uniqueKeys("permissions")).contains("resource_1");
    }

    @Test
    void createsTheDefaultAdminWithAHashThatVerifies() {
        bootstrap(TestConfigs.server());

        List<Document> users = db.getCollection("users").find().into(new ArrayList<>());
        assertThat(users).hasSize(1);
        Document admin = users.get(0);
        assertThat(admin.getString("login")).isEqualTo("admin");
        assertThat(admin.getString("name")).isEqualTo("admin");
        assertThat(admin.getList("roles", String.class)).containsExactly("super-users");
        String stored = admin.getString("password");
        assertThat(stored).isNotEqualTo("admin").doesNotContain("admin").startsWith("pbkdf2-sha256$");
        assertThat(hasher.verify("admin".toCharArray(), stored)).isTrue();
        assertThat(hasher.verify("wrong".toCharArray(), stored)).isFalse();
    }

    @Test
    void createsTheSuperUsersRoleWithEveryOperationOnTheRoot() {
        bootstrap(TestConfigs.server());

        Document role = db.getCollection("roles").find(eq("id", "super-users")).first();
        assertThat(role).isNotNull();
        assertThat(role.getString("display_name")).isEqualTo("Super Users");
        assertThat(role.getList("permissions", Document.class)).containsExactly(
                new Document("resource", "/").append("permission", List.of(0, 1, 2, 3, 4)));
    }

    @Test
    void runningAgainChangesNothing() {
        bootstrap(TestConfigs.server());
        Map<String, Object> before = snapshot();

        assertThat(bootstrap(TestConfigs.server())).isEqualTo(SchemaGate.REQUIRED_VERSION);

        assertThat(snapshot()).isEqualTo(before);
        assertThat(db.getCollection("users").countDocuments()).isEqualTo(1);
        assertThat(db.getCollection("roles").countDocuments()).isEqualTo(1);
        assertThat(db.getCollection(MigrationTrackers.COLLECTION).countDocuments()).isEqualTo(1);
    }

    @Test
    void usesTheConfiguredLoginAndPassword() {
        bootstrap(TestConfigs.server("root", "t0p-secret"));

        Document user = db.getCollection("users").find().first();
        assertThat(user.getString("login")).isEqualTo("root");
        assertThat(hasher.verify("t0p-secret".toCharArray(), user.getString("password"))).isTrue();
        assertThat(db.getCollection("users").countDocuments(eq("login", "admin"))).isZero();
    }

    @Test
    void anExistingSuperUserPreventsAnotherAdmin() {
        db.getCollection("users").insertOne(new Document("login", "boss").append("name", "Boss")
                .append("password", hasher.hash("x".toCharArray())).append("roles", List.of("super-users")));

        bootstrap(TestConfigs.server());

        assertThat(db.getCollection("users").find().map(u -> u.getString("login")).into(new ArrayList<>()))
                .containsExactly("boss");
    }

    @Test
    void anOrdinaryUserNamedLikeTheAdminIsNotPromoted() {
        db.getCollection("users").insertOne(new Document("login", "admin").append("roles", List.of()));

        bootstrap(TestConfigs.server());

        Document admin = db.getCollection("users").find().first();
        assertThat(admin.getList("roles", String.class)).isEmpty();
        assertThat(db.getCollection("users").countDocuments()).isEqualTo(1);
    }

    @Test
    void releasesTheMigrationLock() {
        bootstrap(TestConfigs.server());

        assertThat(db.getCollection(LeaseLock.COLLECTION).countDocuments()).isZero();
    }

    @Test
    void refusesADatabaseNewerThanThisBuild() {
        new MigrationTrackers(db).record(PlatformMigrations.TRACKER, 5);

        assertThatThrownBy(() -> bootstrap(TestConfigs.server()))
                .isInstanceOf(SchemaNotReadyException.class)
                .hasMessage("database schema 5 is newer than this jpulp (4): upgrade jpulp");
        assertThat(db.getCollection(LeaseLock.COLLECTION).countDocuments()).as("lock released").isZero();
    }

    @Test
    void appliesPluginPackagesUnderTheirOwnTrackersAfterThePlatform() {
        List<String> order = new ArrayList<>();
        MigrationPackage rpm = new MigrationPackage("jpulp.rpm", List.of(recording(order, "rpm", 1)));
        MigrationPackage iso = new MigrationPackage("jpulp.iso", List.of(recording(order, "iso", 1), recording(order, "iso", 2)));

        new SchemaBootstrap(db, TestConfigs.server(), Clock.systemUTC(), "beat@test", List.of(rpm, iso),
                RecordingSleeper.recording()).run();

        assertThat(order).containsExactly("iso 1", "iso 2", "rpm 1");
        MigrationTrackers trackers = new MigrationTrackers(db);
        assertThat(trackers.version("jpulp.iso")).isEqualTo(2);
        assertThat(trackers.version("jpulp.rpm")).isEqualTo(1);
        assertThat(trackers.version(PlatformMigrations.TRACKER)).isEqualTo(SchemaGate.REQUIRED_VERSION);
    }

    private List<String> uniqueKeys(String collection) {
        List<String> names = new ArrayList<>();
        db.getCollection(collection).listIndexes().forEach(ix -> {
            if (ix.getBoolean("unique", false)) {
                names.add(ix.getString("name"));
            }
        });
        return names;
    }

    /** Every document and every index definition of every collection. */
    private Map<String, Object> snapshot() {
        Map<String, Object> all = new TreeMap<>();
        for (String name : db.listCollectionNames()) {
            List<Document> docs = db.getCollection(name).find().into(new ArrayList<>());
            docs.sort(Comparator.comparing(d -> String.valueOf(d.get("_id"))));
            List<Document> indexes = db.getCollection(name).listIndexes().into(new ArrayList<>());
            indexes.sort(Comparator.comparing(ix -> ix.getString("name")));
            all.put(name, List.of(docs, indexes));
        }
        return all;
    }

    private static Migration recording(List<String> order, String plugin, int version) {
        return new Migration() {
            @Override
            public int version() {
                return version;
            }

            @Override
            public String description() {
                return plugin + " " + version;
            }

            @Override
            public void apply(MongoDatabase target) {
                order.add(plugin + " " + version);
            }
        };
    }
}
