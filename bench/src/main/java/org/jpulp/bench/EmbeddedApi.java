package org.jpulp.bench;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jpulp.common.auth.PasswordHasher;
import org.jpulp.common.cli.CoreModule;
import org.jpulp.common.cli.ProcessName;
import org.jpulp.common.config.ConfigLoader;
import org.jpulp.common.config.JpulpConfig;
import org.jpulp.common.db.MongoConnector;
import org.jpulp.common.messaging.InMemoryMessaging;
import org.jpulp.common.schema.PlatformMigrations;
import org.jpulp.common.schema.SuperUsers;
import org.jpulp.devstack.mongo.EmbeddedMongo;
import org.jpulp.restapi.RestApiRole;
import org.jpulp.restapi.http.RestServer;

/**
 * The REST API as {@code jpulp-rest-api run} wires it, on an embedded in-memory MongoDB reached over loopback,
 * with admin/admin hashed by the production {@link PasswordHasher}.
 */
final class EmbeddedApi implements AutoCloseable {

    private final EmbeddedMongo mongo;
    private final MongoClient client;
    private final RestServer server;

    EmbeddedApi(String login, String password, boolean authCache) throws Exception {
        mongo = new EmbeddedMongo();
        Path dir = Files.createTempDirectory("jpulp-bench");
        JpulpConfig config = ConfigLoader.load(Optional.empty(), Map.of(), List.of("rest.host=127.0.0.1",
                "rest.port=0", "server.storage_dir=" + dir, "database.uri=" + mongo.connectionString() + "/bench",
                "security.auth_cache_ttl=" + (authCache ? "30" : "0")))
                .config();
        client = MongoConnector.connect(config.database());
        MongoDatabase db = client.getDatabase("bench");
        PlatformMigrations.collections().forEach(c -> c.ensure(db));
        SuperUsers superUsers = new SuperUsers(db, new PasswordHasher());
        superUsers.ensureRole();
        superUsers.ensureAdmin(login, password);
        List<Module> modules = new ArrayList<>();
        modules.add(new CoreModule(config, db, new InMemoryMessaging(), Clock.systemUTC(),
                new ProcessName("rest_api@bench")));
        modules.addAll(new RestApiRole().modules(config));
        Injector injector = Guice.createInjector(modules);
        server = injector.getInstance(RestServer.class);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    @Override
    public void close() {
        server.stop();
        client.close();
        mongo.close();
    }
}
