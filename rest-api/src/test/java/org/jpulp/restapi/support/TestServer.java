package org.jpulp.restapi.support;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.Provides;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.util.Modules;
import com.mongodb.client.MongoDatabase;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jpulp.common.auth.PasswordHasher;
import org.jpulp.common.cli.CoreModule;
import org.jpulp.common.cli.ProcessName;
import org.jpulp.common.config.ConfigLoader;
import org.jpulp.common.config.JpulpConfig;
import org.jpulp.common.content.mongo.UnitCollections;
import org.jpulp.common.messaging.InMemoryMessaging;
import org.jpulp.common.plugin.PluginRegistry;
import org.jpulp.common.repository.RepositoryHistory;
import org.jpulp.common.repository.RepositoryStore;
import org.jpulp.common.schema.PlatformMigrations;
import org.jpulp.common.schema.SuperUsers;
import org.jpulp.common.task.TaskDispatcher;
import org.jpulp.common.task.TaskRequest;
import org.jpulp.restapi.RestApiRole;
import org.jpulp.restapi.http.RestServer;
import org.jpulp.restapi.http.Routes;
import org.jpulp.common.task.RecordingTaskDispatcher;
import org.jpulp.testing.time.MutableClock;

/**
 * The REST API as {@code jpulp-rest-api run} wires it (the role's own Guice modules), on the embedded MongoDB,
 * plain HTTP and HTTPS on free ports, upload chunks of up to 6 MiB, with: the {@link FakePlugins}, a {@link RecordingTaskDispatcher}, a cheap
 * password hash, a controllable clock, and the admin user {@code admin}/{@code admin} that beat would create.
 */
public final class TestServer implements AutoCloseable {

    public static final String ADMIN = "admin";

    private final MongoDatabase db;
    private final Injector injector;
    private final RestServer server;
    private final RecordingTaskDispatcher tasks;
    private final MutableClock clock;
    private final Path pki;

    private TestServer(MongoDatabase db, Injector injector, RecordingTaskDispatcher tasks,
                       MutableClock clock, Path pki) {
        this.db = db;
        this.injector = injector;
        this.server = injector.getInstance(RestServer.class);
        this.tasks = tasks;
        this.clock = clock;
        this.pki = pki;
    }

    /** Starts a server; {@code extraRoutes} adds test-only endpoints. */
    public static TestServer start(MongoDatabase db, Path dir, Routes... extraRoutes) {
        return start(db, dir, FakePlugins.registry(), extraRoutes);
    }

    /** Starts a server with these plugins instead of the {@link FakePlugins}. */
    public static TestServer start(MongoDatabase db, Path dir, PluginRegistry plugins, Routes... extraRoutes) {
        JpulpConfig config = ConfigLoader.load(Optional.empty(), Map.of(), List.of("rest.host=127.0.0.1",
                "rest.port=0", "rest.https_enabled=true", "rest.https_port=0", "server.storage_dir=" + dir,
                "server.server_name=localhost", "rest.upload_chunk_max_mib=6")).config();
        RecordingTaskDispatcher tasks = new RecordingTaskDispatcher();
        MutableClock clock = new MutableClock(Instant.parse("2026-05-01T10:00:00Z"));
        List<Module> modules = new ArrayList<>();
        modules.add(new CoreModule(config, db, new InMemoryMessaging(), clock, new ProcessName("rest_api@test")));
        modules.addAll(new RestApiRole().modules(config));
        Module overrides = new AbstractModule() {
            @Override
            protected void configure() {
                bind(TaskDispatcher.class).toInstance(tasks);
                Multibinder<Routes> routes = Multibinder.newSetBinder(binder(), Routes.class);
                for (Routes r : extraRoutes) {
                    routes.addBinding().toInstance(r);
                }
            }

            @Provides
            PasswordHasher hasher() {
                return new PasswordHasher(2_000);
            }

            @Provides
            PluginRegistry plugins() {
                return plugins;
            }
        };
        Injector injector = Guice.createInjector(Modules.override(modules).with(overrides));
        TestServer test = new TestServer(db, injector, tasks, clock, dir.resolve("pki"));
        test.reset();
        test.server.start();
        return test;
    }

    /** An empty database with the schema, the {@code super-users} role and admin/admin; no recorded tasks. */
    public void reset() {
        db.drop();
        PlatformMigrations.collections().forEach(c -> c.ensure(db));
        injector.getInstance(PluginRegistry.class).unitTypes().forEach(t -> UnitCollections.spec(t).ensure(db));
        SuperUsers superUsers = new SuperUsers(db, injector.getInstance(PasswordHasher.class));
        superUsers.ensureRole();
        superUsers.ensureAdmin(ADMIN, ADMIN);
        tasks.clear();
        injector.getInstance(org.jpulp.restapi.auth.CredentialCache.class).clear();
    }

    public ApiClient admin() {
        return client().as(ADMIN, ADMIN);
    }

    /** The plain HTTP port. */
    public int port() {
        return server.port();
    }

    public ApiClient client() {
        return new ApiClient(HttpClient.newHttpClient(), "http://127.0.0.1:" + server.port(), null, null);
    }

    /** A client over HTTPS that trusts jpulp's CA, presenting {@code clientKeyAndCert} (PEM) when not null. */
    public ApiClient https(String clientKeyPem, String clientCertPem) {
        HttpClient http = HttpClient.newBuilder()
                .sslContext(TlsClients.context(pki.resolve("ca.crt"), clientKeyPem, clientCertPem)).build();
        return new ApiClient(http, "https://localhost:" + server.httpsPort(), null, null);
    }

    public RecordingTaskDispatcher tasks() {
        return tasks;
    }

    public MutableClock clock() {
        return clock;
    }

    public RepositoryStore repositories() {
        return injector.getInstance(RepositoryStore.class);
    }

    public RepositoryHistory history() {
        return injector.getInstance(RepositoryHistory.class);
    }

    public <T> T instance(Class<T> type) {
        return injector.getInstance(type);
    }

    public Path pki() {
        return pki;
    }

    public MongoDatabase db() {
        return db;
    }

    @Override
    public void close() {
        server.stop();
    }
}
