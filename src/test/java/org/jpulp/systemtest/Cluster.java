package org.jpulp.systemtest;

import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jpulp.common.config.BrokerConfig;
import org.jpulp.common.json.Json;
import org.jpulp.common.messaging.jms.JmsMessaging;
import org.jpulp.common.task.QueuedTaskDispatcher;
import org.jpulp.common.task.ReservationStore;
import org.jpulp.common.task.TaskDispatcher;
import org.jpulp.common.task.TaskRecord;
import org.jpulp.common.task.TaskStore;
import org.jpulp.common.task.mongo.MongoReservationStore;
import org.jpulp.common.task.mongo.MongoTaskStore;

/**
 * Embedded infrastructure plus real jpulp processes started on demand, and a client view (dispatcher, task and
 * reservation stores) from the test's own JVM.
 */
final class Cluster implements AutoCloseable {

    private final Path dir;
    private final EmbeddedInfrastructure infra = new EmbeddedInfrastructure();
    private final List<RoleProcess> processes = new ArrayList<>();
    private final Path conf;
    private final MongoClient client;
    private final JmsMessaging messaging;
    final TaskStore tasks;
    final ReservationStore reservations;
    final TaskDispatcher dispatcher;

    Cluster(Path dir, String extraConf) {
        this.dir = dir;
        this.conf = infra.serverConf(dir, extraConf);
        this.client = MongoClients.create(infra.mongo.connectionString());
        MongoDatabase db = client.getDatabase("pulp_database");
        this.tasks = new MongoTaskStore(db);
        this.reservations = new MongoReservationStore(db);
        this.messaging = new JmsMessaging(new BrokerConfig(infra.broker.amqpUrl(), infra.broker.username(),
                infra.broker.password()), Json.newMapper(), "system-test");
        messaging.start();
        this.dispatcher = new QueuedTaskDispatcher(tasks, messaging, Clock.systemUTC());
    }

    RoleProcess start(String name, Path launcher, String... extra) {
        List<String> args = new ArrayList<>(List.of("run", "--config", conf.toString()));
        args.addAll(List.of(extra));
        RoleProcess p = RoleProcess.start(name, dir.resolve("logs"), Map.of(), launcher, args.toArray(String[]::new));
        processes.add(p);
        return p;
    }

    RoleProcess worker(int index) {
        return start("worker-" + index, Executables.worker(), "--index", String.valueOf(index));
    }

    RoleProcess resourceManager(String name) {
        return start(name, Executables.resourceManager(), "--name", name + "@test");
    }

    RoleProcess beat(String name) {
        return start(name, Executables.beat(), "--name", name + "@test");
    }

    RoleProcess restApi() {
        return start("rest-api", Executables.restApi());
    }

    void awaitRunning(RoleProcess... roles) {
        for (RoleProcess r : roles) {
            r.awaitOutput(" is running", Duration.ofSeconds(120));
        }
    }

    TaskRecord task(String id) {
        return tasks.find(id).orElseThrow();
    }

    void awaitComplete(List<String> ids, Duration timeout) {
        await("tasks to complete").atMost(timeout).pollInterval(Duration.ofMillis(200))
                .until(() -> tasks.states(ids).values().stream().allMatch(s -> s.isComplete())
                        && tasks.states(ids).size() == ids.size());
    }

    @Override
    public void close() {
        processes.forEach(RoleProcess::close);
        messaging.close();
        client.close();
        infra.close();
    }
}
