package org.jpulp.common.cli;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.TypeLiteral;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jpulp.common.config.ConfigException;
import org.jpulp.common.config.JpulpConfig;
import org.jpulp.common.config.LoadedConfig;
import org.jpulp.common.db.DatabaseUnavailableException;
import org.jpulp.common.db.DatabaseWaiter;
import org.jpulp.common.db.MongoConnector;
import org.jpulp.common.json.Json;
import org.jpulp.common.lifecycle.Lifecycle;
import org.jpulp.common.lifecycle.Managed;
import org.jpulp.common.lifecycle.StopSignal;
import org.jpulp.common.messaging.jms.JmsMessaging;
import org.jpulp.common.schema.SchemaBootstrap;
import org.jpulp.common.schema.SchemaGate;
import org.jpulp.common.schema.SchemaNotReadyException;
import org.jpulp.common.time.Sleeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code run}: load the configuration, wait for the database, bring up or wait for the schema, connect to the
 * broker, start the role's services and run until SIGTERM, then stop everything in reverse order and exit 0.
 */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Run this role until SIGTERM or SIGINT.")
final class RunCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

    @Mixin
    ConfigOptions options;

    private final Role role;
    private final Map<String, String> env;
    private final Lifecycle lifecycle = new Lifecycle();

    RunCommand(Role role, Map<String, String> env) {
        this.role = role;
        this.env = env;
    }

    @Override
    public Integer call() {
        StopSignal stop = StopSignal.install();
        LoadedConfig loaded;
        try {
            loaded = options.load(env);
        } catch (ConfigException e) {
            System.err.println(role.executable() + ": " + e.getMessage());
            return ExitCodes.CONFIG;
        }
        JpulpConfig config = loaded.config();
        LogLevels.apply(config.server().logLevel());
        String name = options.name != null ? options.name : role.processName(HostName.get());
        LOG.info("jpulp {} {} starting as {}; configuration: {}", JpulpVersion.get(), role.executable(), name,
                loaded.describe());
        loaded.warnings().forEach(LOG::warn);
        try {
            return runUntilStopped(config, name, stop);
        } catch (StartupAborted e) {
            return ExitCodes.OK;
        } catch (RuntimeException e) {
            LOG.error("{} failed: {}", name, e.getMessage());
            LOG.debug("{} failure details", name, e);
            return ExitCodes.FAILED;
        } finally {
            lifecycle.stopAll();
        }
    }

    private int runUntilStopped(JpulpConfig config, String name, StopSignal stop) {
        Clock clock = Clock.systemUTC();
        MongoClient client = MongoConnector.connect(config.database());
        startNow("database client", Managed.closing(client::close), stop);
        MongoDatabase db;
        try {
            db = new DatabaseWaiter(config.database(), Sleeper.SYSTEM).await(client);
            prepareSchema(config, db, clock, name);
        } catch (DatabaseUnavailableException e) {
            return abortedOr(stop, ExitCodes.DATABASE, e);
        } catch (SchemaNotReadyException e) {
            return abortedOr(stop, ExitCodes.SCHEMA, e);
        }
        JmsMessaging messaging = new JmsMessaging(config.broker(), Json.newMapper(), name);
        startNow("messaging", Managed.of(messaging::start, messaging::close), stop);
        Injector injector = Guice.createInjector(modules(config, db, messaging, clock, name));
        for (Managed service : injector.getInstance(Key.get(new TypeLiteral<Set<Managed>>() { }))) {
            startNow(service.getClass().getSimpleName(), service, stop);
        }
        stop.running();
        LOG.info("{} is running", name);
        try {
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.info("{} stopping", name);
        return ExitCodes.OK;
    }

    private void prepareSchema(JpulpConfig config, MongoDatabase db, Clock clock, String name) {
        if (role.initializesSchema()) {
            new SchemaBootstrap(db, config.server(), clock, name,
                    org.jpulp.common.plugin.PluginRegistry.discover().migrations(), Sleeper.SYSTEM).run();
        } else {
            new SchemaGate(db, clock, Sleeper.SYSTEM).await(config.server().schemaWait());
        }
    }

    private List<Module> modules(JpulpConfig config, MongoDatabase db, JmsMessaging messaging, Clock clock,
                                 String name) {
        List<Module> modules = new ArrayList<>();
        modules.add(new CoreModule(config, db, messaging, clock, new ProcessName(name)));
        modules.addAll(role.modules(config));
        return modules;
    }

    private void startNow(String what, Managed managed, StopSignal stop) {
        if (stop.isRequested()) {
            throw new StartupAborted();
        }
        try {
            lifecycle.start(what, managed);
        } catch (Exception e) {
            if (stop.isRequested()) {
                throw new StartupAborted();
            }
            throw new IllegalStateException("could not start " + what + ": " + e.getMessage(), e);
        }
    }

    private static int abortedOr(StopSignal stop, int exitCode, RuntimeException e) {
        if (stop.isRequested()) {
            return ExitCodes.OK;
        }
        LOG.error(e.getMessage());
        return exitCode;
    }

    /** A stop request arrived while the process was still starting. */
    private static final class StartupAborted extends RuntimeException {
        StartupAborted() {
            super(null, null, false, false);
        }
    }
}
