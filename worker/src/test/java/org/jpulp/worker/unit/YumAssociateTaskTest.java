package org.jpulp.worker.unit;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jpulp.common.content.ContentStore;
import org.jpulp.common.content.NewUnit;
import org.jpulp.common.content.StorageLayout;
import org.jpulp.common.content.Unit;
import org.jpulp.common.content.UnitKey;
import org.jpulp.common.content.mongo.MongoPluginDocuments;
import org.jpulp.common.content.mongo.MongoRepoContentUnits;
import org.jpulp.common.content.mongo.MongoUnitSearch;
import org.jpulp.common.content.mongo.MongoUnitStore;
import org.jpulp.common.content.mongo.UnitCollections;
import org.jpulp.common.plugin.PluginRegistry;
import org.jpulp.common.plugin.PluginServices;
import org.jpulp.common.repository.Importer;
import org.jpulp.common.repository.Repository;
import org.jpulp.common.repository.UnitAssociationTasks;
import org.jpulp.common.repository.mongo.MongoRepositoryStore;
import org.jpulp.common.schema.PlatformMigrations;
import org.jpulp.plugin.rpm.ErratumPkglists;
import org.jpulp.plugin.rpm.RpmPlugin;
import org.jpulp.plugin.rpm.RpmUnits;
import org.jpulp.plugin.rpm.sync.YumImporter;
import org.jpulp.testing.mongo.EmbeddedMongoExtension;
import org.jpulp.testing.time.MutableClock;
import org.jpulp.worker.repository.FakeTaskContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The associate and unassociate tasks run yum_importer's copy and remove, on the embedded MongoDB. */
@ExtendWith(EmbeddedMongoExtension.class)
class YumAssociateTaskTest {

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(UnitTestBed.NOW);
    private final PluginRegistry plugins = new PluginRegistry(List.of(new RpmPlugin()));
    private MongoRepositoryStore store;
    private PluginServices services;
    private MongoUnitSearch search;

    @BeforeEach
    void setUp(MongoDatabase db) {
        db.drop();
        PlatformMigrations.collections().forEach(c -> c.ensure(db));
        plugins.unitTypes().forEach(t -> UnitCollections.spec(t).ensure(db));
        store = new MongoRepositoryStore(db);
        services = new PluginServices(new ContentStore(new StorageLayout(dir.resolve("storage")), false),
                new MongoUnitStore(db, plugins.unitTypes(), clock), new MongoRepoContentUnits(db, clock), clock,
                new MongoPluginDocuments(db));
        search = new MongoUnitSearch(db, plugins.unitTypes());
        for (String repo : List.of("src", "dest")) {
            store.insert(Repository.of(repo, null, null, Map.of()));
            store.setImporter(Importer.of(repo, YumImporter.ID, Map.of(), UnitTestBed.NOW));
        }
    }

    private Unit rpm(String name, String version) {
        Map<String, Object> key = Map.of("name", name, "epoch", "0", "version", version, "release", "1",
                "arch", "noarch", "checksumtype", "sha256", "checksum", name + version);
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("filename", name + "-" + version + "-1.noarch.rpm");
        metadata.put("signing_key", "f21541eb");
        return add(new NewUnit(UnitKey.of(RpmUnits.RPM, key), metadata, null));
    }

    private Unit add(NewUnit unit) {
        Unit stored = services.units().insertIfAbsent(unit);
        services.associations().associate("src", stored.typeId(), stored.id());
        return stored;
    }

    private Map<?, ?> run(AssociateTask task, org.jpulp.common.task.TaskRequest request) throws Exception {
        return UnitTestBed.json(task.run(new FakeTaskContext(request, dir.resolve("work"))));
    }

    @Test
    void a_recursive_erratum_copy_brings_its_packages_and_a_group_copy_is_a_clone_for_the_destination()
            throws Exception {
        Unit bear = rpm("bear", "4.2");
        Unit cat = rpm("cat", "1.0");
        rpm("dog", "2.0");
        add(new NewUnit(UnitKey.of(RpmUnits.ERRATUM, Map.of("id", "ZOO-1")), Map.of("title", "zoo"), null));
        ErratumPkglists.save(services.documents(), "ZOO-1", "src", List.of(Map.of("name", "zoo", "short", "",
                "packages", List.of(Map.of("name", "bear", "epoch", "0", "version", "4.2", "release", "1",
                        "arch", "noarch"), Map.of("name", "cat", "version", "1.0", "release", "1",
                        "arch", "noarch")))));
        Unit group = add(new NewUnit(UnitKey.of(RpmUnits.PACKAGE_GROUP, Map.of("id", "zoo", "repo_id", "src")),
                Map.of("name", "Zoo", "mandatory_package_names", List.of("bear")), null));
        AssociateTask task = new AssociateTask(store, plugins, services, search, clock);

        Map<?, ?> result = run(task, UnitAssociationTasks.associate("src", "dest", UnitTestBed.criteria(Map.of(
                "type_ids", List.of("erratum", "package_group"))), Map.of("recursive", true)));

        assertThat(services.associations().unitIds("dest", RpmUnits.RPM))
                .containsExactlyInAnyOrder(bear.id(), cat.id());
        List<String> groups = services.associations().unitIds("dest", RpmUnits.PACKAGE_GROUP);
        assertThat(groups).singleElement().isNotEqualTo(group.id());
        assertThat(services.units().get(RpmUnits.PACKAGE_GROUP, groups.get(0)).orElseThrow().key())
                .isEqualTo(UnitKey.of(RpmUnits.PACKAGE_GROUP, Map.of("id", "zoo", "repo_id", "dest")));
        assertThat(store.find("dest").orElseThrow().contentUnitCounts()).isEqualTo(Map.of("rpm", 2L,
                "erratum", 1L, "package_group", 1L));
        assertThat(result.get("units_successful")).asList().hasSize(4).contains(
                Map.of("type_id", "rpm", "signing_key", "f21541eb", "unit_key", Map.of("name", "bear",
                        "epoch", "0", "version", "4.2", "release", "1", "arch", "noarch", "checksumtype", "sha256",
                        "checksum", "bear4.2")),
                Map.of("type_id", "package_group", "unit_key", Map.of("id", "zoo", "repo_id", "dest")));
        assertThat(result.get("units_failed_signature_filter")).isEqualTo(List.of());

        Map<?, ?> removed = UnitTestBed.json(new UnassociateTask(store, plugins, services, search, clock).run(
                new FakeTaskContext(UnitAssociationTasks.unassociate("dest", UnitTestBed.criteria(Map.of(
                        "type_ids", List.of("rpm")))), dir.resolve("work"))));

        assertThat(removed.get("units_successful")).asList().hasSize(2);
        assertThat(store.find("dest").orElseThrow().contentUnitCounts())
                .as("removing packages keeps the erratum").isEqualTo(Map.of("erratum", 1L, "package_group", 1L));
    }
}
