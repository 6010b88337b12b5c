package org.jpulp.common.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Behaviour every {@link TaskStore} shares; subclasses give a fresh, empty store per call. */
public abstract class TaskStoreContract {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    protected abstract TaskStore store();

    private static String insert(TaskStore s, TaskRequest request) {
        String id = UUID.randomUUID().toString();
        s.insert(new NewTask(id, request, s.nextSequence(), T0));
        return id;
    }

    private static TaskRequest request(String... resources) {
        return TaskRequest.of("t", List.of(resources), Map.of("n", 1, "nested", Map.of("k", "v")),
                List.of("pulp:repository:zoo", "pulp:action:sync"));
    }

    @Test
    void a_dispatched_task_is_waiting_unassigned_with_its_request() {
        TaskStore s = store();
        String id = insert(s, request("repository:zoo"));

        TaskRecord t = s.find(id).orElseThrow();
        assertThat(t.state()).isEqualTo(TaskState.WAITING);
        assertThat(t.workerName()).isNull();
        assertThat(t.attempt()).isZero();
        assertThat(t.resources()).containsExactly("repository:zoo");
        assertThat(t.args()).containsEntry("n", 1).containsEntry("nested", Map.of("k", "v"));
        assertThat(t.tags()).containsExactly("pulp:repository:zoo", "pulp:action:sync");
        assertThat(t.documentId()).hasSize(24);
        assertThat(s.unassignedWaiting()).extracting(TaskRecord::taskId).containsExactly(id);
    }

    @Test
    void sequence_numbers_grow() {
        TaskStore s = store();
        long a = s.nextSequence();
        long b = s.nextSequence();
        assertThat(b).isGreaterThan(a);
    }

    @Test
    void lifecycle_transitions_are_fenced_by_attempt_and_worker() {
        TaskStore s = store();
        String id = insert(s, request());

        assertThat(s.assign(id, 1, "w1", T0)).as("wrong attempt").isFalse();
        assertThat(s.assign(id, 0, "w1", T0)).isTrue();
        assertThat(s.assign(id, 0, "w2", T0)).as("attempt already used").isFalse();
        assertThat(s.start(id, "w2", 1, T0)).as("other worker").isEmpty();
        assertThat(s.start(id, "w1", 0, T0)).as("stale attempt").isEmpty();
        assertThat(s.start(id, "w1", 1, T0.plusSeconds(1))).hasValueSatisfying(t -> {
            assertThat(t.state()).isEqualTo(TaskState.RUNNING);
            assertThat(t.startTime()).isEqualTo(T0.plusSeconds(1));
        });
        assertThat(s.start(id, "w1", 1, T0.plusSeconds(1))).as("started twice").isEmpty();
        assertThat(s.reportProgress(id, "iso_importer", Map.of("state", "IN_PROGRESS"))).isTrue();
        assertThat(s.reportProgress(id, "iso_importer", Map.of("state", "IN_PROGRESS"))).as("same report again").isTrue();

        assertThat(s.end(id, 1, TaskEnd.finished(new TaskOutcome(Map.of("added", 3), null, List.of("child")),
                T0.plusSeconds(2)))).isTrue();
        assertThat(s.end(id, 1, TaskEnd.canceled(T0.plusSeconds(3)))).as("ended twice").isFalse();

        TaskRecord t = s.find(id).orElseThrow();
        assertThat(t.state()).isEqualTo(TaskState.FINISHED);
        assertThat(t.workerName()).isEqualTo("w1");
        assertThat(t.startTime()).isEqualTo(T0.plusSeconds(1));
        assertThat(t.finishTime()).isEqualTo(T0.plusSeconds(2));
        assertThat(t.result()).isEqualTo(Map.of("added", 3));
        assertThat(t.spawnedTasks()).containsExactly("child");
        assertThat(t.progressReport()).containsEntry("iso_importer", Map.of("state", "IN_PROGRESS"));
        assertThat(s.reportProgress(id, "x", Map.of())).as("not running any more").isFalse();
    }

    @Test
    void assign_all_assigns_the_tasks_still_waiting_at_their_attempt() {
        TaskStore s = store();
        String a = insert(s, request("repository:a"));
        String b = insert(s, request("repository:b"));
        String canceled = insert(s, request("repository:c"));
        s.cancel(canceled, T0);

        assertThat(s.assignAll(List.of(new TaskStore.Assignment(a, 0, "w1"), new TaskStore.Assignment(b, 1, "w2"),
                new TaskStore.Assignment(canceled, 0, "w1")), T0)).containsExactly(a);
        assertThat(s.find(a).orElseThrow()).satisfies(t -> {
            assertThat(t.workerName()).isEqualTo("w1");
            assertThat(t.attempt()).isEqualTo(1);
            assertThat(t.assignedAt()).isEqualTo(T0);
        });
        assertThat(s.find(b).orElseThrow().workerName()).isNull();
        assertThat(s.assignAll(List.of(new TaskStore.Assignment(b, 0, "w2")), T0)).containsExactly(b);
    }

    @Test
    void progress_written_with_the_end_joins_the_reports_written_before() {
        TaskStore s = store();
        String id = insert(s, request());
        s.assign(id, 0, "w1", T0);
        s.start(id, "w1", 1, T0);
        s.reportProgress(id, "earlier", Map.of("state", "FINISHED"));

        s.end(id, 1, TaskEnd.finished(TaskOutcome.of("done"), T0).withProgress(Map.of("last", Map.of("n", 2))));

        assertThat(s.find(id).orElseThrow().progressReport()).isEqualTo(Map.of("earlier", Map.of("state", "FINISHED"),
                "last", Map.of("n", 2)));
    }

    @Test
    void cancel_wins_over_a_later_end_and_is_a_no_op_on_complete_tasks() {
        TaskStore s = store();
        String id = insert(s, request());
        s.assign(id, 0, "w1", T0);
        s.start(id, "w1", 1, T0);

        assertThat(s.cancel(id, T0.plusSeconds(1))).isTrue();
        assertThat(s.end(id, 1, TaskEnd.finished(TaskOutcome.of("late"), T0.plusSeconds(2)))).isTrue();
        assertThat(s.find(id).orElseThrow().state()).isEqualTo(TaskState.CANCELED);
        assertThat(s.cancel(id, T0.plusSeconds(3))).isFalse();

        String waiting = insert(s, request());
        assertThat(s.cancel(waiting, T0)).isTrue();
        assertThat(s.assign(waiting, 0, "w1", T0)).as("canceled tasks are not placed").isFalse();
    }

    @Test
    void unassign_and_rerun_put_tasks_back_for_placement_at_a_new_attempt() {
        TaskStore s = store();
        String queued = insert(s, request());
        String running = insert(s, request());
        s.assign(queued, 0, "w1", T0);
        s.assign(running, 0, "w1", T0);
        s.start(running, "w1", 1, T0);

        assertThat(s.incompleteOn("w1")).extracting(TaskRecord::taskId).containsExactly(queued, running);
        assertThat(s.unassign(queued, 1)).isTrue();
        assertThat(s.requeueForRerun(running, 1)).isTrue();
        assertThat(s.requeueForRerun(running, 1)).isFalse();

        assertThat(s.unassignedWaiting()).extracting(TaskRecord::taskId).containsExactly(queued, running);
        TaskRecord rerun = s.find(running).orElseThrow();
        assertThat(rerun.attempt()).isEqualTo(2);
        assertThat(rerun.reruns()).isEqualTo(1);
        assertThat(rerun.startTime()).isNull();
        assertThat(s.incompleteOn("w1")).isEmpty();
    }

    @Test
    void tags_filter_requires_every_tag_and_purge_deletes_only_given_states() {
        TaskStore s = store();
        String zoo = insert(s, request());
        String other = insert(s, TaskRequest.of("t", List.of(), Map.of(), List.of("pulp:repository:other")));
        s.cancel(other, T0);

        assertThat(s.withTags(List.of("pulp:repository:zoo", "pulp:action:sync"))).extracting(TaskRecord::taskId)
                .containsExactly(zoo);
        assertThat(s.withTags(List.of("pulp:repository:zoo", "pulp:action:publish"))).isEmpty();
        assertThat(s.withTags(List.of())).hasSize(2);
        assertThat(s.states(List.of(zoo, other, "missing"))).containsOnly(
                Map.entry(zoo, TaskState.WAITING), Map.entry(other, TaskState.CANCELED));

        assertThat(s.purge(Set.of(TaskState.FINISHED))).isZero();
        assertThat(s.purge(Set.of(TaskState.CANCELED))).isEqualTo(1);
        assertThat(s.find(other)).isEmpty();
    }
}
