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

/** Binds what every role shares: configuration, clock, JSON, the database, messaging and liveness records. */
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
        Multibinder.newSetBinder(binder(), Managed.class);
    }
}
