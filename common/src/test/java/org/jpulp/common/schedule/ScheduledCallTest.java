package org.jpulp.common.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jpulp.common.task.TaskRequest;
import org.junit.jupiter.api.Test;

class ScheduledCallTest {

    private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");
    private static final String SYNC = "pulp.server.tasks.repository.sync_with_auto_publish";

    static NewSchedule sync(String schedule) {
        ScheduledTask task = ScheduledTask.of(SYNC, List.of("zoo"), Map.of("overrides", Map.of()))
                .reserving(List.of("repository:zoo"))
                .taggedWith(List.of("pulp:repository:zoo", "pulp:action:sync"))
                .runningAs("admin");
        return NewSchedule.of(schedule, "pulp:importer:zoo:yum_importer", task);
    }

    @Test
    void a_new_schedule_with_a_future_start_first_runs_at_its_start() {
        ScheduledCall call = ScheduledCall.create("s1", sync("R5/2026-06-01T03:00:00Z/P7D"), NOW);

        assertThat(call.firstRun()).isEqualTo(Instant.parse("2026-06-01T03:00:00Z"));
        assertThat(call.nextRun()).isEqualTo(call.firstRun());
        assertThat(call.remainingRuns()).isEqualTo(5);
        assertThat(call.totalRunCount()).isZero();
        assertThat(call.lastRunAt()).isNull();
        assertThat(call.isDue(NOW)).isFalse();
    }

    @Test
    void a_new_schedule_whose_start_passed_or_that_has_none_runs_now_as_in_pulp_2() {
        ScheduledCall past = ScheduledCall.create("s1", sync("2014-01-01T00:00:00Z/P1D"), NOW);
        ScheduledCall noStart = ScheduledCall.create("s2", sync("PT6H"), NOW);

        assertThat(past.firstRun()).isEqualTo(Instant.parse("2014-01-01T00:00:00Z"));
        assertThat(past.nextRun()).isEqualTo(NOW);
        assertThat(noStart.firstRun()).isEqualTo(NOW);
        assertThat(noStart.nextRun()).isEqualTo(NOW);
        assertThat(noStart.remainingRuns()).isNull();
    }

    @Test
    void renders_as_pulp_2_does_apart_from_the_href() {
        ScheduledCall call = ScheduledCall.create("5cc9fa11e3b1a2000f4d2d44",
                sync("R5/2019-06-01T03:00:00Z/P7D").withFailureThreshold(3),
                Instant.parse("2019-05-01T21:22:25.125Z"));

        assertThat(call.forDisplay()).containsExactly(
                entry("_id", "5cc9fa11e3b1a2000f4d2d44"),
                entry("schedule", "R5/2019-06-01T03:00:00Z/P7D"),
                entry("task", SYNC),
                entry("args", List.of("zoo")),
                entry("kwargs", Map.of("overrides", Map.of(), "scheduled_call_id", "5cc9fa11e3b1a2000f4d2d44")),
                entry("resource", "pulp:importer:zoo:yum_importer"),
                entry("enabled", true),
                entry("failure_threshold", 3),
                entry("consecutive_failures", 0),
                entry("remaining_runs", 5),
                entry("total_run_count", 0),
                entry("first_run", "2019-06-01T03:00:00Z"),
                entry("next_run", "2019-06-01T03:00:00Z"),
                entry("last_run_at", null),
                entry("last_updated", 1556745745.125));
    }

    @Test
    void the_task_request_carries_args_kwargs_reservations_tags_and_the_schedule_id() {
        ScheduledCall call = ScheduledCall.create("s1", sync("PT1H"), NOW);

        TaskRequest request = call.task().toRequest(call.id());

        assertThat(request.taskType()).isEqualTo(SYNC);
        assertThat(request.resources()).containsExactly("repository:zoo");
        assertThat(request.tags()).containsExactly("pulp:repository:zoo", "pulp:action:sync");
        assertThat(request.args()).isEqualTo(Map.of("args", List.of("zoo"),
                "kwargs", Map.of("overrides", Map.of(), "scheduled_call_id", "s1")));
        assertThat(request.scheduledCallId()).isEqualTo("s1");
    }

    @Test
    void firing_after_downtime_runs_once_and_moves_to_the_next_future_slot() {
        ScheduledCall call = ScheduledCall.create("s1", sync("2026-01-01T00:00:00Z/PT1H"), Instant.parse("2025-12-31T23:00:00Z"));
        Instant backUp = Instant.parse("2026-01-01T05:30:00Z");

        ScheduledCall fired = call.fired(backUp);

        assertThat(fired.nextRun()).isEqualTo(Instant.parse("2026-01-01T06:00:00Z"));
        assertThat(fired.lastRunAt()).isEqualTo(backUp);
        assertThat(fired.totalRunCount()).isEqualTo(1);
        assertThat(fired.isDue(backUp)).isFalse();
    }

    @Test
    void remaining_runs_count_down_and_the_schedule_is_disabled_at_zero() {
        ScheduledCall call = ScheduledCall.create("s1", sync("R2/2026-01-01T12:00:00Z/PT1H"), NOW);

        ScheduledCall once = call.fired(NOW);
        ScheduledCall twice = once.fired(once.nextRun());

        assertThat(once.remainingRuns()).isEqualTo(1);
        assertThat(once.enabled()).isTrue();
        assertThat(twice.remainingRuns()).isZero();
        assertThat(twice.enabled()).isFalse();
        assertThat(twice.isDue(twice.nextRun().plus(Duration.ofDays(1)))).isFalse();
    }

    @Test
    void failures_disable_at_the_threshold_and_a_success_resets_the_count() {
        ScheduledCall call = ScheduledCall.create("s1", sync("PT1H").withFailureThreshold(2), NOW);

        ScheduledCall failedOnce = call.withOutcome(false, NOW);
        ScheduledCall reset = failedOnce.withOutcome(true, NOW);
        ScheduledCall disabled = reset.withOutcome(false, NOW).withOutcome(false, NOW);

        assertThat(failedOnce.consecutiveFailures()).isEqualTo(1);
        assertThat(failedOnce.enabled()).isTrue();
        assertThat(reset.consecutiveFailures()).isZero();
        assertThat(disabled.consecutiveFailures()).isEqualTo(2);
        assertThat(disabled.enabled()).isFalse();
        assertThat(disabled.isDisabledByFailures()).isTrue();
    }

    @Test
    void without_a_threshold_failures_never_disable() {
        ScheduledCall call = ScheduledCall.create("s1", sync("PT1H"), NOW);
        for (int i = 0; i < 100; i++) {
            call = call.withOutcome(false, NOW);
        }
        assertThat(call.enabled()).isTrue();
        assertThat(call.consecutiveFailures()).isEqualTo(100);
    }

    @Test
    void a_new_schedule_string_recomputes_first_run_next_run_and_remaining_runs() {
        ScheduledCall call = ScheduledCall.create("s1", sync("PT1H"), NOW).fired(NOW);
        Instant later = NOW.plus(Duration.ofMinutes(10));

        ScheduledCall changed = call.updated(ScheduleUpdate.NONE.withSchedule("R3/2026-02-01T00:00:00Z/P1D"), later);

        assertThat(changed.schedule()).isEqualTo("R3/2026-02-01T00:00:00Z/P1D");
        assertThat(changed.firstRun()).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
        assertThat(changed.nextRun()).isEqualTo(changed.firstRun());
        assertThat(changed.remainingRuns()).isEqualTo(3);
        assertThat(changed.totalRunCount()).isEqualTo(1);
        assertThat(changed.lastUpdated()).isEqualTo(later);
    }

    @Test
    void an_update_changes_only_what_it_names_and_keeps_the_scheduled_call_id() {
        ScheduledCall call = ScheduledCall.create("s1", sync("PT1H").withFailureThreshold(3), NOW);

        ScheduledCall changed = call.updated(ScheduleUpdate.NONE.withEnabled(false).withFailureThreshold(null)
                .withKwargs(Map.of("overrides", Map.of("num_threads", 2))), NOW);

        assertThat(changed.enabled()).isFalse();
        assertThat(changed.failureThreshold()).isNull();
        assertThat(changed.task().kwargs())
                .isEqualTo(Map.of("overrides", Map.of("num_threads", 2), "scheduled_call_id", "s1"));
        assertThat(changed.task().args()).containsExactly("zoo");
        assertThat(changed.schedule()).isEqualTo("PT1H");
        assertThat(changed.nextRun()).isEqualTo(call.nextRun());
    }

    @Test
    void invalid_values_name_the_property() {
        assertThatThrownBy(() -> sync("PT1H").withFailureThreshold(0))
                .isInstanceOfSatisfying(InvalidScheduleException.class,
                        e -> assertThat(e.property()).isEqualTo("failure_threshold"));
        assertThatThrownBy(() -> ScheduleUpdate.NONE.withSchedule("nope"))
                .isInstanceOfSatisfying(InvalidScheduleException.class,
                        e -> assertThat(e.property()).isEqualTo("schedule"));
    }
}
