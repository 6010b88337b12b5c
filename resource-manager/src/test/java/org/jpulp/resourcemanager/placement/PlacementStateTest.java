package org.jpulp.resourcemanager.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jpulp.common.task.TaskRecord;
import org.jpulp.common.task.TaskState;
import org.junit.jupiter.api.Test;

class PlacementStateTest {

    private static TaskRecord task(long seq, String... resources) {
        return new TaskRecord("t" + seq, "noop", TaskState.WAITING, null, List.of(), List.of(resources), Map.of(), seq,
                0, false, 0, null, Instant.EPOCH, null, null, null, null, null, null, Map.of(), List.of(), "id" + seq);
    }

    private static List<String> ids(List<PlacementState.Placement> plan) {
        return plan.stream().map(p -> p.task().taskId()).toList();
    }

    @Test
    void one_task_per_resource_in_submission_order_without_blocking_other_resources() {
        PlacementState state = new PlacementState();
        state.reset(List.of(task(1, "repository:a"), task(2, "repository:a"), task(3, "repository:b")), Map.of(),
                List.of());

        List<PlacementState.Placement> plan = state.plan(List.of("w1", "w2"), 4);

        assertThat(ids(plan)).containsExactly("t1", "t3");
    }

    @Test
    void a_held_resource_blocks_its_tasks_and_later_tasks_wanting_it_but_nothing_else() {
        PlacementState state = new PlacementState();
        state.reset(List.of(task(1, "repository:a"), task(2, "repository:a", "repository:c"), task(3, "repository:c"),
                task(4, "repository:d")), Map.of("repository:a", "t0"), List.of());

        assertThat(ids(state.plan(List.of("w1"), 4))).as("t3 must not overtake t2 on repository:c")
                .containsExactly("t4");

        state.released("t0", List.of("repository:a"));
        assertThat(ids(state.plan(List.of("w1"), 4))).containsExactly("t1", "t4");
    }

    @Test
    void workers_are_filled_least_loaded_first_up_to_their_queue_depth() {
        PlacementState state = new PlacementState();
        state.reset(List.of(task(1), task(2), task(3), task(4), task(5)), Map.of(), List.of());

        List<PlacementState.Placement> plan = state.plan(List.of("w1", "w2"), 2);

        assertThat(plan).extracting(PlacementState.Placement::worker).containsExactly("w1", "w2", "w1", "w2");
        assertThat(state.plan(List.of(), 2)).as("no workers, no placements").isEmpty();
    }

    @Test
    void placed_tasks_count_against_their_worker_until_released() {
        PlacementState state = new PlacementState();
        TaskRecord first = task(1, "repository:a");
        state.reset(List.of(first, task(2, "repository:b")), Map.of(), List.of());
        state.placed(first, "w1");

        assertThat(state.plan(List.of("w1"), 1)).isEmpty();
        state.released("t1", List.of("repository:a"));
        assertThat(ids(state.plan(List.of("w1"), 1))).containsExactly("t2");
    }

    @Test
    void refreshing_placed_tasks_keeps_the_unplaced_ones_and_the_re_drive_adds_only_unknown_tasks() {
        PlacementState state = new PlacementState();
        state.reset(List.of(task(1, "repository:a"), task(2, "repository:b")), Map.of(), List.of());
        TaskRecord placedElsewhere = state.plan(List.of("w1"), 4).get(1).task();
        state.placed(placedElsewhere, "w1");

        state.refreshPlaced(Map.of("repository:b", "t2", "repository:c", "t9"), List.of(placedElsewhere));
        state.addPendingIfUnknown(task(2, "repository:b"));
        state.addPendingIfUnknown(task(3, "repository:c"));
        state.addPendingIfUnknown(task(4, "repository:d"));

        assertThat(state.pendingCount()).isEqualTo(3);
        assertThat(ids(state.plan(List.of("w1"), 4))).as("t2 is placed; t3 waits for t9's hold")
                .containsExactly("t1", "t4");
    }
}
