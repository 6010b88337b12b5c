package org.jpulp.worker.repository;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.jpulp.common.repository.RepositoryStoresModule;
import org.jpulp.common.config.ServerConfig;
import org.jpulp.common.content.ContentStore;
import org.jpulp.common.content.StorageLayout;
import org.jpulp.common.content.mongo.MongoPluginDocuments;
import org.jpulp.common.content.mongo.MongoRepoContentUnits;
import org.jpulp.common.content.mongo.MongoUnitStore;
import org.jpulp.common.plugin.PluginRegistry;
import org.jpulp.common.plugin.PluginServices;
import org.jpulp.common.schedule.ScheduleStoreModule;
import org.jpulp.common.task.TaskType;
import org.jpulp.common.upload.UploadFiles;

/**
 * The repository task types (sync, publish, delete, importer and distributor changes) on MongoDB, with the plugins
 * on the class path and the content store under {@code [server] storage_dir}.
 */
public final class RepositoryTaskModule extends AbstractModule {

    @Override
    protected void configure() {
        install(new RepositoryStoresModule());
        install(new ScheduleStoreModule());
        Multibinder<TaskType> types = Multibinder.newSetBinder(binder(), TaskType.class);
        types.addBinding().to(SyncTask.class);
        types.addBinding().to(PublishTask.class);
        types.addBinding().to(DeleteRepositoryTask.class);
        types.addBinding().to(SetImporterTask.class);
        types.addBinding().to(UpdateImporterTask.class);
        types.addBinding().to(RemoveImporterTask.class);
        types.addBinding().to(UpdateDistributorTask.class);
        types.addBinding().to(RemoveDistributorTask.class);
        types.addBinding().to(ImportUploadTask.class);
    }

    @Provides
    @Singleton
    UploadFiles uploadFiles(ServerConfig server) {
        return new UploadFiles(new StorageLayout(server.storageDir()));
    }

    @Provides
    @Singleton
    PluginServices pluginServices(MongoDatabase db, ServerConfig server, PluginRegistry plugins, Clock clock) {
        return new PluginServices(new ContentStore(new StorageLayout(server.storageDir())),
                new MongoUnitStore(db, plugins.unitTypes(), clock), new MongoRepoContentUnits(db, clock), clock,
                new MongoPluginDocuments(db));
    }
}
