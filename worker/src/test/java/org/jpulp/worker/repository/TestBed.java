package org.jpulp.worker.repository;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jpulp.common.content.ContentStore;
import org.jpulp.common.content.InMemoryRepoContentUnits;
import org.jpulp.common.content.InMemoryUnitStore;
import org.jpulp.common.content.StorageLayout;
import org.jpulp.common.plugin.PluginRegistry;
import org.jpulp.common.plugin.PluginServices;
import org.jpulp.common.repository.Distributor;
import org.jpulp.common.repository.Importer;
import org.jpulp.common.repository.InMemoryRepositoryHistory;
import org.jpulp.common.repository.InMemoryRepositoryStore;
import org.jpulp.common.repository.Repository;
import org.jpulp.common.schedule.InMemoryScheduleStore;
import org.jpulp.common.task.TaskRequest;
import org.jpulp.common.upload.UploadFiles;
import org.jpulp.common.task.TaskType;

/** In-memory stores, the fake plugin and every repository task type wired as the worker's module wires them. */
final class TestBed {

    static final Instant NOW = Instant.parse("2026-11-22T02:00:00Z");

    final Path dir;
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final FakePlugin plugin = new FakePlugin();
    final InMemoryRepositoryStore store = new InMemoryRepositoryStore();
    final InMemoryRepositoryHistory history = new InMemoryRepositoryHistory();
    final PluginServices services;
    final Repositories repositories;
    final Unpublisher unpublisher;
    final InMemoryScheduleStore schedules = new InMemoryScheduleStore(clock);
    final UploadFiles uploads;

    TestBed(Path dir) {
        this.dir = dir;
        services = new PluginServices(new ContentStore(new StorageLayout(dir.resolve("storage"))),
                new InMemoryUnitStore(plugin.unitTypes(), clock), new InMemoryRepoContentUnits(clock), clock);
        repositories = new Repositories(store, new PluginRegistry(List.of(plugin)));
        unpublisher = new Unpublisher(repositories, services);
        uploads = new UploadFiles(new StorageLayout(dir.resolve("storage")));
    }

    TestBed repo(String id) {
        store.insert(Repository.of(id, null, null, Map.of()));
        return this;
    }

    TestBed importer(String repoId, Map<String, Object> config) {
        store.setImporter(Importer.of(repoId, "fake_importer", config, NOW));
        return this;
    }

    TestBed distributor(String repoId, String id, boolean autoPublish, Map<String, Object> config) {
        store.putDistributor(Distributor.of(repoId, id, "fake_distributor", config, autoPublish, NOW));
        return this;
    }

    SyncTask sync() {
        return new SyncTask(repositories, history, services, clock);
    }

    PublishTask publish() {
        return new PublishTask(repositories, history, services, clock);
    }

    DeleteRepositoryTask delete() {
        return new DeleteRepositoryTask(repositories, unpublisher, history, services, schedules);
    }

    ImportUploadTask importUpload() {
        return new ImportUploadTask(repositories, services, uploads);
    }

    FakeTaskContext context(TaskRequest request) {
        return new FakeTaskContext(request, dir.resolve("work"));
    }

    /** Runs the task type named by the request, as the executor would. */
    Object run(TaskType type, FakeTaskContext context) throws Exception {
        return type.run(context);
    }
}
