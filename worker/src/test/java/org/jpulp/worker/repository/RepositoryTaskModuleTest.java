package org.jpulp.worker.repository;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.TypeLiteral;
import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.jpulp.common.config.ServerConfig;
import org.jpulp.common.plugin.PluginRegistry;
import org.jpulp.common.repository.RepositoryTasks;
import org.jpulp.common.task.TaskType;
import org.jpulp.testing.mongo.EmbeddedMongoExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The worker's module binds a task type for every task the REST API dispatches, with the ISO plugin installed. */
@ExtendWith(EmbeddedMongoExtension.class)
class RepositoryTaskModuleTest {

    @TempDir
    Path dir;

    @Test
    void binds_a_task_type_for_every_repository_task(MongoDatabase db) {
        Injector injector = Guice.createInjector(new RepositoryTaskModule(), new AbstractModule() {
            @Override
            protected void configure() {
                bind(MongoDatabase.class).toInstance(db);
                bind(Clock.class).toInstance(Clock.systemUTC());
                bind(ServerConfig.class).toInstance(new ServerConfig("localhost", dir.resolve("storage"),
                        dir.resolve("work"), "admin", "admin", "INFO", Duration.ofSeconds(5)));
            }
        });

        Set<TaskType> types = injector.getInstance(Key.get(new TypeLiteral<Set<TaskType>>() { }));

        assertThat(types).extracting(TaskType::name).containsExactlyInAnyOrder(RepositoryTasks.DELETE,
                RepositoryTasks.SET_IMPORTER, RepositoryTasks.UPDATE_IMPORTER, RepositoryTasks.REMOVE_IMPORTER,
                RepositoryTasks.UPDATE_DISTRIBUTOR, RepositoryTasks.REMOVE_DISTRIBUTOR, RepositoryTasks.SYNC,
                RepositoryTasks.PUBLISH, org.jpulp.common.upload.UploadTasks.IMPORT_UPLOAD);
        PluginRegistry plugins = injector.getInstance(PluginRegistry.class);
        assertThat(plugins.importer("iso_importer")).isPresent();
        assertThat(plugins.distributor("iso_distributor")).isPresent();
    }
}
