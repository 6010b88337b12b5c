package org.jpulp.restapi.status;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.jpulp.common.cli.JpulpVersion;
import org.jpulp.common.config.TasksConfig;
import org.jpulp.common.liveness.ProcessRecord;
import org.jpulp.common.liveness.ProcessRegistry;
import org.jpulp.common.messaging.Messaging;
import org.jpulp.restapi.http.ApiRoutes;
import org.jpulp.restapi.http.Routes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pulp 2's unauthenticated status document: versions, database and messaging connectivity and the processes
 * whose heartbeat is recent. Each worker entry carries both {@code _id} (what Pulp 2's code emits) and
 * {@code name} (what its docs show).
 */
public final class StatusResource implements Routes {

    private static final Logger LOG = LoggerFactory.getLogger(StatusResource.class);

    private final ProcessRegistry registry;
    private final Messaging messaging;
    private final Clock clock;
    private final TasksConfig tasks;

    @Inject
    public StatusResource(ProcessRegistry registry, Messaging messaging, Clock clock, TasksConfig tasks) {
        this.registry = registry;
        this.messaging = messaging;
        this.clock = clock;
        this.tasks = tasks;
    }

    @Override
    public void register(RoutesConfig routes) {
        new ApiRoutes(routes).publicGet("/status/", "Versions, connectivity and live processes (no authentication)",
                this::status, 200);
    }

    private void status(Context ctx) {
        ctx.json(current());
    }

    Status current() {
        List<KnownWorker> workers;
        boolean dbConnected;
        try {
            Instant since = clock.instant().minus(tasks.lostAfter());
            workers = registry.aliveSince(since).stream().map(KnownWorker::of).toList();
            dbConnected = true;
        } catch (RuntimeException e) {
            LOG.warn("status: database unreachable: {}", e.toString());
            workers = List.of();
            dbConnected = false;
        }
        return new Status("2", Map.of("platform_version", JpulpVersion.PLATFORM_COMPATIBILITY,
                "jpulp_version", JpulpVersion.get()), new Connection(dbConnected),
                new Connection(messaging.isConnected()), workers);
    }

    record Status(@JsonProperty("api_version") String apiVersion, Map<String, String> versions,
                  @JsonProperty("database_connection") Connection database,
                  @JsonProperty("messaging_connection") Connection messaging,
                  @JsonProperty("known_workers") List<KnownWorker> knownWorkers) {
    }

    record Connection(boolean connected) {
    }

    record KnownWorker(@JsonProperty("_id") String id, String name, @JsonProperty("_ns") String ns,
                       @JsonProperty("last_heartbeat") String lastHeartbeat) {
        static KnownWorker of(ProcessRecord r) {
            return new KnownWorker(r.name(), r.name(), "workers",
                    r.lastHeartbeat().truncatedTo(ChronoUnit.SECONDS).toString());
        }
    }
}
