package org.jpulp.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jpulp.common.config.BrokerConfig;
import org.jpulp.common.json.Json;
import org.jpulp.common.messaging.jms.JmsMessaging;
import org.jpulp.common.task.QueuedTaskDispatcher;
import org.jpulp.common.task.TaskRecord;
import org.jpulp.common.task.TaskRequest;
import org.jpulp.common.task.TaskStore;
import org.jpulp.common.task.mongo.MongoTaskStore;
import org.jpulp.devstack.broker.EmbeddedBrokerJ;
import org.jpulp.devstack.mongo.EmbeddedMongo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * End-to-end throughput of trivial reserved tasks: dispatch → placed → run → terminal state persisted, with real
 * resource-manager and worker processes on the embedded infrastructure (in-memory MongoDB wire server, Broker-J).
 */
@Command(name = "tasks", mixinStandardHelpOptions = true, description = "Reserved no-op task throughput and latency.")
final class TaskThroughputBench implements Callable<Integer> {

    @Option(names = "--root", defaultValue = "${env:JPULP_ROOT:-.}", description = "source checkout with built roles")
    Path root;

    @Option(names = "--tasks", defaultValue = "5000", description = "measured tasks (default: ${DEFAULT-VALUE})")
    int tasks;

    @Option(names = "--warmup", defaultValue = "1000", description = "tasks run before measuring (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--resources", defaultValue = "100", description = "distinct resources (default: ${DEFAULT-VALUE})")
    int resources;

    @Option(names = "--workers", defaultValue = "2", description = "worker processes (default: ${DEFAULT-VALUE})")
    int workers;

    @Option(names = "--dispatchers", defaultValue = "4", description = "dispatching threads (default: ${DEFAULT-VALUE})")
    int dispatchers;

    @Override
    public Integer call() throws Exception {
        Path dir = Files.createTempDirectory("jpulp-bench");
        try (EmbeddedMongo mongo = new EmbeddedMongo();
             EmbeddedBrokerJ broker = new EmbeddedBrokerJ(EmbeddedBrokerJ.Settings.defaults().withPort(0).inMemory()).start();
             Processes roles = new Processes(root, dir);
             MongoClient client = MongoClients.create(mongo.connectionString())) {
            Path conf = writeConf(dir, mongo, broker);
            roles.start("beat", "jpulp-beat", conf);
            roles.start("resource-manager", "jpulp-resource-manager", conf);
            for (int i = 1; i <= workers; i++) {
                roles.start("worker-" + i, "jpulp-worker", conf, "--index", String.valueOf(i));
            }
            MongoDatabase db = client.getDatabase("pulp_database");
            TaskStore store = new MongoTaskStore(db);
            JmsMessaging messaging = new JmsMessaging(new BrokerConfig(broker.amqpUrl(), broker.username(),
                    broker.password()), Json.newMapper(), "bench");
            messaging.start();
            QueuedTaskDispatcher dispatcher = new QueuedTaskDispatcher(store, messaging, Clock.systemUTC());
            System.out.printf("warming up with %d tasks ...%n", warmup);
            awaitDone(store, dispatchAll(dispatcher, warmup));
            long start = System.nanoTime();
            List<String> ids = dispatchAll(dispatcher, tasks);
            long dispatched = System.nanoTime();
            awaitDone(store, ids);
            long done = System.nanoTime();
            report(store, ids, start, dispatched, done);
            messaging.close();
        }
        return 0;
    }

    private List<String> dispatchAll(QueuedTaskDispatcher dispatcher, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(dispatchers);
        List<Future<List<String>>> parts = new ArrayList<>();
        for (int d = 0; d < dispatchers; d++) {
            int first = d;
            parts.add(pool.submit(() -> {
                List<String> ids = new ArrayList<>();
                for (int i = first; i < count; i += dispatchers) {
                    String resource = "repository:bench-" + (i % resources);
                    ids.add(dispatcher.dispatch(TaskRequest.of("jpulp.tasks.noop", List.of(resource), Map.of(),
                            List.of("pulp:" + resource))));
                }
                return ids;
            }));
        }
        List<String> all = new ArrayList<>();
        for (Future<List<String>> part : parts) {
            all.addAll(part.get());
        }
        pool.shutdown();
        return all;
    }

    /**
     * Waits until every task is complete, looking tasks up by id (an index lookup) in dispatch order and never again
     * once seen complete: a count over {@code task_status} would scan the collection every poll and load the
     * embedded MongoDB server that the engine being measured shares.
     */
    private static void awaitDone(TaskStore store, List<String> ids) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        int done = 0;
        while (System.nanoTime() < deadline) {
            while (done < ids.size() && store.find(ids.get(done)).map(t -> t.state().isComplete()).orElse(false)) {
                done++;
            }
            if (done == ids.size()) {
                return;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("tasks did not finish within 10 minutes");
    }

    private void report(TaskStore store, List<String> ids, long start, long dispatched, long done) {
        List<Long> latencies = new ArrayList<>();
        List<TaskRecord> finished = new ArrayList<>();
        long failed = 0;
        for (String id : ids) {
            TaskRecord t = store.find(id).orElseThrow();
            if (t.startTime() == null || !"finished".equals(t.state().wire())) {
                failed++;
                continue;
            }
            finished.add(t);
            latencies.add(Duration.between(t.dispatchedAt(), t.startTime()).toMillis());
        }
        Collections.sort(latencies);
        double seconds = (done - start) / 1e9;
        System.out.printf("jpulp: %d reserved no-op tasks over %d resources, %d workers, %d dispatch threads%n",
                ids.size(), resources, workers, dispatchers);
        System.out.printf("  dispatch: %.2f s (%.0f tasks/s)%n", (dispatched - start) / 1e9,
                ids.size() / ((dispatched - start) / 1e9));
        System.out.printf("  end to end: %.2f s -> %.0f tasks/s (%d not finished)%n", seconds, ids.size() / seconds, failed);
        System.out.printf("  dispatch-to-start latency: p50 %d ms, p99 %d ms, max %d ms%n", percentile(latencies, 50),
                percentile(latencies, 99), latencies.isEmpty() ? 0 : latencies.get(latencies.size() - 1));
        printWorkerTime(finished);
    }

    /**
     * Where a worker's time goes, from the recorded times: from its start time to its finish time (the task itself),
     * and from one task's finish time to the next one's start time (writing the end, signalling, taking the next
     * assignment, writing the start), of which the part before that next task was even assigned.
     */
    private static void printWorkerTime(List<TaskRecord> finished) {
        double runMs = 0;
        double betweenMs = 0;
        double unassignedMs = 0;
        int pairs = 0;
        Map<String, List<TaskRecord>> byWorker = new java.util.TreeMap<>();
        finished.forEach(t -> byWorker.computeIfAbsent(t.workerName(), w -> new ArrayList<>()).add(t));
        for (List<TaskRecord> run : byWorker.values()) {
            run.sort(java.util.Comparator.comparing(TaskRecord::startTime));
            for (int i = 0; i < run.size(); i++) {
                runMs += micros(run.get(i).startTime(), run.get(i).finishTime()) / 1000.0;
                if (i > 0) {
                    TaskRecord before = run.get(i - 1);
                    TaskRecord next = run.get(i);
                    betweenMs += micros(before.finishTime(), next.startTime()) / 1000.0;
                    unassignedMs += Math.max(0, micros(before.finishTime(), next.assignedAt())) / 1000.0;
                    pairs++;
                }
            }
        }
        if (pairs > 0) {
            System.out.printf("  per task on a worker: %.1f ms running, %.1f ms between tasks (%.1f ms of it before "
                    + "the next task was assigned)%n", runMs / finished.size(), betweenMs / pairs, unassignedMs / pairs);
        }
    }

    private static long micros(java.time.Instant from, java.time.Instant to) {
        return Duration.between(from, to).toNanos() / 1000;
    }

    private static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    private static Path writeConf(Path dir, EmbeddedMongo mongo, EmbeddedBrokerJ broker) throws IOException {
        return Files.writeString(dir.resolve("server.conf"), """
                [database]
                seeds: 127.0.0.1:%d
                [server]
                storage_dir: %s
                working_directory: %s
                [tasks]
                broker_url: %s
                broker_username: %s
                broker_password: %s
                """.formatted(mongo.port(), dir.resolve("storage"), dir.resolve("work"), broker.amqpUrl(),
                broker.username(), broker.password()));
    }
}
