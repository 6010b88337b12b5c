package org.jpulp.worker.unit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jpulp.common.content.ContentStore;
import org.jpulp.common.content.NewUnit;
import org.jpulp.common.content.StorageLayout;
import org.jpulp.common.content.Unit;
import org.jpulp.common.content.UnitKey;
import org.jpulp.common.content.mongo.MongoOrphans;
import org.jpulp.common.content.mongo.MongoRepoContentUnits;
import org.jpulp.common.content.mongo.MongoUnitSearch;
import org.jpulp.common.content.mongo.MongoUnitStore;
import org.jpulp.common.content.mongo.UnitCollections;
import org.jpulp.common.criteria.UnitAssociationCriteria;
import org.jpulp.common.plugin.PluginRegistry;
import org.jpulp.common.plugin.PluginServices;
import org.jpulp.common.repository.Importer;
import org.jpulp.common.repository.Repository;
import org.jpulp.common.repository.mongo.MongoRepositoryStore;
import org.jpulp.common.schema.PlatformMigrations;
import org.jpulp.common.task.TaskRequest;
import org.jpulp.plugin.iso.IsoPlugin;
import org.jpulp.plugin.iso.IsoUnits;
import org.jpulp.testing.time.MutableClock;
import org.jpulp.worker.repository.FakeTaskContext;

/** The worker's unit tasks on the embedded MongoDB with the ISO plugin and {@link ThingPlugin}, files under a temp dir. */
final class UnitTestBed {

    static final Instant NOW = Instant.parse("2026-11-22T02:00:00Z");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    final Path dir;
    final MongoDatabase db;
    final MutableClock clock = new MutableClock(NOW);
    final PluginRegistry plugins = new PluginRegistry(List.of(new IsoPlugin(), new ThingPlugin()));
    final MongoRepositoryStore store;
    final PluginServices services;
    final MongoUnitSearch search;
    final MongoOrphans orphans;
    final StorageLayout layout;

    UnitTestBed(MongoDatabase db, Path dir) {
        this.db = db;
        this.dir = dir;
        db.drop();
        PlatformMigrations.collections().forEach(c -> c.ensure(db));
        plugins.unitTypes().forEach(t -> UnitCollections.spec(t).ensure(db));
        layout = new StorageLayout(dir.resolve("storage"));
        store = new MongoRepositoryStore(db);
        services = new PluginServices(new ContentStore(layout, false), new MongoUnitStore(db, plugins.unitTypes(),
                clock), new MongoRepoContentUnits(db, clock), clock);
        search = new MongoUnitSearch(db, plugins.unitTypes());
        orphans = new MongoOrphans(db, plugins.unitTypes(), layout);
    }

    UnitTestBed repo(String id, String importerTypeId) {
        store.insert(Repository.of(id, null, null, Map.of()));
        if (importerTypeId != null) {
            store.setImporter(Importer.of(id, importerTypeId, Map.of(), NOW));
        }
        return this;
    }

    /** An ISO unit with its file in the content store (as a sync or an upload leaves it), in no repository. */
    Unit iso(String name, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        UnitKey key = new IsoUnits.Iso(name, sha256(bytes), bytes.length).key();
        Path source = Files.write(Files.createDirectories(dir.resolve("sources")).resolve(name + "-" + content), bytes);
        Path stored = services.contentStore().importFile(source, key, name);
        return services.units().insertIfAbsent(NewUnit.withFile(key, stored.toString()));
    }

    Unit thing(String name, String... requires) {
        return services.units().insertIfAbsent(new NewUnit(UnitKey.of(ThingPlugin.TYPE, Map.of("name", name)),
                Map.of("requires", List.of(requires)), null));
    }

    UnitTestBed associate(String repoId, Unit... units) {
        for (Unit u : units) {
            services.associations().associate(repoId, u.typeId(), u.id());
        }
        return this;
    }

    static UnitAssociationCriteria criteria(Map<String, Object> json) {
        return UnitAssociationCriteria.parse(MAPPER.valueToTree(json));
    }

    AssociateTask associateTask() {
        return new AssociateTask(store, plugins, services, search, clock);
    }

    UnassociateTask unassociateTask() {
        return new UnassociateTask(store, plugins, services, search, clock);
    }

    DeleteOrphansTasks orphanTasks() {
        return new DeleteOrphansTasks(orphans, plugins);
    }

    FakeTaskContext context(TaskRequest request) {
        return new FakeTaskContext(request, dir.resolve("work"));
    }

    /** Through JSON, as the executor stores a result. */
    static Map<?, ?> json(Object result) {
        try {
            return MAPPER.readValue(MAPPER.writeValueAsString(result), Map.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
