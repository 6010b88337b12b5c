package org.jpulp.systemtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.jpulp.common.task.TaskRecord;
import org.jpulp.common.task.TaskRequest;
import org.jpulp.common.task.TaskState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The task engine across real processes: beat, resource managers and workers started from the built launchers. */
class TaskEngineSystemTest {

    private static final String NOOP = "jpulp.tasks.noop";

    @TempDir
    Path dir;

    private Cluster cluster;

    @AfterEach
    void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    private Cluster cluster() {
        cluster = new Cluster(dir, "[tasks]\nworker_timeout: 5\n");
        return cluster;
    }

    private String dispatch(String resource, long sleepMs) {
        return cluster.dispatcher.dispatch(noop(resource, sleepMs));
    }

    private static TaskRequest noop(String resource, long sleepMs) {
        return TaskRequest.of(NOOP, resource == null ? List.of() : List.of(resource), Map.of("sleep_ms", sleepMs),
                resource == null ? List.of() : List.of("pulp:" + resource));
    }

    @Test
    void two_hundred_tasks_over_ten_resources_never_overlap_per_resource_and_run_in_submission_order() {
        Cluster c = cluster();
        RoleProcess beat = c.beat("scheduler");
        RoleProcess rm = c.resourceManager("resource_manager");
        RoleProcess w1 = c.worker(1);
        RoleProcess w2 = c.worker(2);
        c.awaitRunning(beat, rm, w1, w2);
        Random random = new Random(42);

        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            ids.add(dispatch("repository:r" + random.nextInt(10), random.nextInt(15)));
        }
        c.awaitComplete(ids, Duration.ofSeconds(120));

        List<TaskRecord> done = ids.stream().map(c::task).toList();
        assertThat(done).allMatch(t -> t.state() == TaskState.FINISHED);
        assertThat(done.stream().map(TaskRecord::workerName).distinct()).hasSize(2);
        Map<String, List<TaskRecord>> byResource = done.stream()
                .collect(Collectors.groupingBy(t -> t.resources().get(0)));
        for (List<TaskRecord> chain : byResource.values()) {
            chain.sort(Comparator.comparingLong(TaskRecord::sequence));
            for (int i = 1; i < chain.size(); i++) {
                TaskRecord before = chain.get(i - 1);
                TaskRecord after = chain.get(i);
                assertThat(after.startTime()).as("%s started before %s (same resource, submitted earlier) finished",
                        after.taskId(), before.taskId()).isAfterOrEqualTo(before.finishTime());
            }
        }
        assertThat(c.reservations.holders()).isEmpty();
    }

    @Test
    void a_killed_worker_loses_its_running_task_and_its_queued_tasks_finish_elsewhere() {
        Cluster c = cluster();
        RoleProcess beat = c.beat("scheduler");
        RoleProcess rm = c.resourceManager("resource_manager");
        RoleProcess w1 = c.worker(1);
        c.awaitRunning(beat, rm, w1);

        String longTask = dispatch("repository:long", 120_000);
        List<String> queued = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            queued.add(dispatch("repository:q" + i, 100));
        }
        await("long task running on worker 1").atMost(Duration.ofSeconds(60))
                .until(() -> c.task(longTask).state() == TaskState.RUNNING);
        assertThat(queued).allMatch(id -> c.task(id).state() == TaskState.WAITING
                && c.task(id).workerName().startsWith("reserved_resource_worker-1@"));

        w1.kill();
        RoleProcess w2 = c.worker(2);
        c.awaitRunning(w2);

        c.awaitComplete(queued, Duration.ofSeconds(60));
        assertThat(queued).allSatisfy(id -> {
            assertThat(c.task(id).state()).isEqualTo(TaskState.FINISHED);
            assertThat(c.task(id).workerName()).startsWith("reserved_resource_worker-2@");
        });
        c.awaitComplete(List.of(longTask), Duration.ofSeconds(60));
        TaskRecord lost = c.task(longTask);
        assertThat(lost.state()).isEqualTo(TaskState.ERROR);
        assertThat(lost.error()).containsEntry("code", "PLP0049");
        assertThat((String) lost.error().get("description")).contains("reserved_resource_worker-1@", "was lost");
        await("no reservation left").atMost(Duration.ofSeconds(10)).until(() -> c.reservations.holders().isEmpty());
    }

    @Test
    void a_task_dispatched_as_safe_to_rerun_runs_again_after_its_worker_is_killed() {
        Cluster c = cluster();
        RoleProcess beat = c.beat("scheduler");
        RoleProcess rm = c.resourceManager("resource_manager");
        RoleProcess w1 = c.worker(1);
        RoleProcess w2 = c.worker(2);
        c.awaitRunning(beat, rm, w1, w2);

        String rerunnable = c.dispatcher.dispatch(noop("repository:rerun", 3_000).withRerunOnWorkerLoss());
        await("task running").atMost(Duration.ofSeconds(60)).until(() -> c.task(rerunnable).state() == TaskState.RUNNING);
        String firstWorker = c.task(rerunnable).workerName();
        (firstWorker.startsWith("reserved_resource_worker-1@") ? w1 : w2).kill();

        c.awaitComplete(List.of(rerunnable), Duration.ofSeconds(60));
        TaskRecord done = c.task(rerunnable);
        assertThat(done.state()).isEqualTo(TaskState.FINISHED);
        assertThat(done.reruns()).isEqualTo(1);
        assertThat(done.workerName()).isNotEqualTo(firstWorker);
        await("no reservation left").atMost(Duration.ofSeconds(10)).until(() -> c.reservations.holders().isEmpty());
    }

    @Test
    void canceling_waiting_and_running_tasks() {
        Cluster c = cluster();
        RoleProcess beat = c.beat("scheduler");
        RoleProcess rm = c.resourceManager("resource_manager");
        RoleProcess w1 = c.worker(1);
        c.awaitRunning(beat, rm, w1);

        String running = dispatch("repository:a", 120_000);
        String waiting = dispatch("repository:a", 10);
        String after = dispatch("repository:b", 10);
        await().atMost(Duration.ofSeconds(60)).until(() -> c.task(running).state() == TaskState.RUNNING);

        assertThat(c.tasks.cancel(waiting, java.time.Instant.now())).isTrue();
        assertThat(c.tasks.cancel(running, java.time.Instant.now())).isTrue();

        c.awaitComplete(List.of(after), Duration.ofSeconds(60));
        assertThat(c.task(after).state()).isEqualTo(TaskState.FINISHED);
        await("running task to stop").atMost(Duration.ofSeconds(30))
                .until(() -> c.reservations.holders().isEmpty());
        assertThat(c.task(running).state()).isEqualTo(TaskState.CANCELED);
        assertThat(c.task(waiting).state()).isEqualTo(TaskState.CANCELED);
        assertThat(c.task(waiting).startTime()).as("a canceled waiting task never runs").isNull();
        String next = dispatch("repository:a", 10);
        c.awaitComplete(List.of(next), Duration.ofSeconds(60));
        assertThat(c.task(next).state()).isEqualTo(TaskState.FINISHED);
    }

    @Test
    void the_standby_resource_manager_takes_over_when_the_active_one_is_killed() {
        Cluster c = cluster();
        RoleProcess beat = c.beat("scheduler");
        RoleProcess first = c.resourceManager("rm-a");
        RoleProcess w1 = c.worker(1);
        c.awaitRunning(beat, first, w1);
        first.awaitOutput("became active", Duration.ofSeconds(60));
        RoleProcess second = c.resourceManager("rm-b");
        c.awaitRunning(second);
        String before = dispatch("repository:a", 10);
        c.awaitComplete(List.of(before), Duration.ofSeconds(60));
        assertThat(second.output()).doesNotContain("became active");

        first.kill();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ids.add(dispatch("repository:r" + (i % 3), 5));
        }

        second.awaitOutput("became active", Duration.ofSeconds(30));
        c.awaitComplete(ids, Duration.ofSeconds(60));
        assertThat(ids).allMatch(id -> c.task(id).state() == TaskState.FINISHED);
    }

    @Test
    void the_standby_beat_recovers_a_lost_worker_after_the_active_beat_is_killed() {
        Cluster c = cluster();
        RoleProcess first = c.beat("beat-a");
        RoleProcess rm = c.resourceManager("resource_manager");
        RoleProcess w1 = c.worker(1);
        c.awaitRunning(first, rm, w1);
        first.awaitOutput("became active", Duration.ofSeconds(30));
        RoleProcess second = c.beat("beat-b");
        c.awaitRunning(second);
        second.awaitOutput("standing by", Duration.ofSeconds(30));
        String running = dispatch("repository:a", 120_000);
        await().atMost(Duration.ofSeconds(60)).until(() -> c.task(running).state() == TaskState.RUNNING);

        first.kill();
        w1.kill();

        second.awaitOutput("became active: failover occurred", Duration.ofSeconds(30));
        c.awaitComplete(List.of(running), Duration.ofSeconds(60));
        assertThat(c.task(running).state()).isEqualTo(TaskState.ERROR);
        assertThat(c.task(running).error()).containsEntry("code", "PLP0049");
        RoleProcess w2 = c.worker(2);
        c.awaitRunning(w2);
        String after = dispatch("repository:a", 10);
        c.awaitComplete(List.of(after), Duration.ofSeconds(60));
        assertThat(c.task(after).state()).isEqualTo(TaskState.FINISHED);
    }
}
