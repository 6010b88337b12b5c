package org.jpulp.common.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.jpulp.common.config.BrokerConfig;
import org.jpulp.common.config.DatabaseConfig;
import org.jpulp.common.config.JpulpConfig;
import org.jpulp.common.config.RestConfig;
import org.jpulp.common.config.SecurityConfig;
import org.jpulp.common.config.ServerConfig;
import org.jpulp.common.config.TasksConfig;
import org.jpulp.common.json.Json;
import org.jpulp.common.lifecycle.Managed;
import org.jpulp.common.liveness.ProcessRegistry;
import org.jpulp.common.liveness.mongo.MongoProcessRegistry;
import org.jpulp.common.messaging.Messaging;
import org.jpulp.common.task.QueuedTaskDispatcher;
import org.jpulp.common.task.ReservationStore;
import org.jpulp.common.task.TaskDispatcher;
import org.jpulp.common.task.TaskStore;
import org.jpulp.common.task.mongo.MongoReservationStore;
import org.jpulp.common.task.mongo.MongoTaskStore;

/** Binds what every role shares: configuration, clock, JSON, the database, messaging, liveness and task records. */
public final class CoreModule extends AbstractModule {

    private final JpulpConfig config;
    private final MongoDatabase db;
    private final Messaging messaging;
    private final Clock clock;
    private final ProcessName name;

    public CoreModule(JpulpConfig config, MongoDatabase db, Messaging messaging, Clock clock, ProcessName name) {
        this.config = config;
        this.db = db;
        this.messaging = messaging;
        this.clock = clock;
        this.name = name;
    }

    @Override
    protected void configure() {
        bind(JpulpConfig.class).toInstance(config);
        bind(DatabaseConfig.class).toInstance(config.database());
        bind(ServerConfig.class).toInstance(config.server());
        bind(TasksConfig.class).toInstance(config.tasks());
        bind(BrokerConfig.class).toInstance(config.broker());
        bind(RestConfig.class).toInstance(config.rest());
        bind(SecurityConfig.class).toInstance(config.security());
        bind(MongoDatabase.class).toInstance(db);
        bind(Messaging.class).toInstance(messaging);
        bind(Clock.class).toInstance(clock);
        bind(ProcessName.class).toInstance(name);
        bind(ObjectMapper.class).toInstance(Json.newMapper());
        bind(ProcessRegistry.class).toInstance(new MongoProcessRegistry(db));
        TaskStore tasks = new MongoTaskStore(db);
        bind(TaskStore.class).toInstance(tasks);
        bind(ReservationStore.class).toInstance(new MongoReservationStore(db));
        bind(TaskDispatcher.class).toInstance(new QueuedTaskDispatcher(tasks, messaging, clock));
        Multibinder.newSetBinder(binder(), Managed.class);
    }
}
