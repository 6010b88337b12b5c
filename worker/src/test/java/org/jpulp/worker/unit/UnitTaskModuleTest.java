package org.jpulp.worker.unit;

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
import org.jpulp.common.content.OrphanTasks;
import org.jpulp.common.repository.UnitAssociationTasks;
import org.jpulp.common.task.TaskType;
import org.jpulp.testing.mongo.EmbeddedMongoExtension;
import org.jpulp.worker.repository.RepositoryTaskModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The worker binds a task type for copy, unassociate and each orphan removal the REST API dispatches. */
@ExtendWith(EmbeddedMongoExtension.class)
class UnitTaskModuleTest {

    @TempDir
    Path dir;

    @Test
    void binds_the_unit_task_types(MongoDatabase db) {
        Injector injector = Guice.createInjector(new RepositoryTaskModule(), new UnitTaskModule(),
                new AbstractModule() {
                    @Override
                    protected void configure() {
                        bind(MongoDatabase.class).toInstance(db);
                        bind(Clock.class).toInstance(Clock.systemUTC());
                        bind(ServerConfig.class).toInstance(new ServerConfig("localhost", dir.resolve("storage"),
                                dir.resolve("work"), "admin", "admin", "INFO", Duration.ofSeconds(5)));
                    }
                });

        Set<TaskType> types = injector.getInstance(Key.get(new TypeLiteral<Set<TaskType>>() { }));

        assertThat(types).extracting(TaskType::name).contains(UnitAssociationTasks.ASSOCIATE,
                UnitAssociationTasks.UNASSOCIATE, OrphanTasks.DELETE_ALL, OrphanTasks.DELETE_BY_TYPE,
                OrphanTasks.DELETE_BY_ID);
    }
}
