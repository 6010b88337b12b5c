package org.jpulp.beat.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jpulp.beat.testsupport.LogCapture;
import org.jpulp.common.schedule.InMemoryScheduleStore;
import org.jpulp.common.schedule.NewSchedule;
import org.jpulp.common.schedule.ScheduleOutcomes;
import org.jpulp.common.schedule.ScheduleUpdate;
import org.jpulp.common.schedule.ScheduledCall;
import org.jpulp.common.schedule.ScheduledTask;
import org.jpulp.common.task.RecordingTaskDispatcher;
import org.jpulp.common.task.RecordingTaskDispatcher.Dispatched;
import org.jpulp.common.task.TaskDispatcher;
import org.jpulp.common.task.TaskRequest;
import org.jpulp.testing.time.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ScheduleFirerTest {

    private static final Instant T0 = MutableClock.DEFAULT_START;
    private static final String SYNC = "pulp.server.managers.repo.sync.sync";

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryScheduleStore store = new InMemoryScheduleStore(clock);
    private final ScheduleOutcomes outcomes = new ScheduleOutcomes(store);
    private final RecordingTaskDispatcher dispatcher = new RecordingTaskDispatcher(clock);
    private final AtomicBoolean active = new AtomicBoolean(true);
    private final LogCapture log = LogCapture.of(ScheduleFirer.class);

    @AfterEach
    void stopCapturing() {
        log.close();
    }

    private ScheduleFirer firer(TaskDispatcher through) {
        return new ScheduleFirer(store, outcomes, through, active::get, clock);
    }

    private ScheduleFirer firer() {
        return firer(dispatcher);
    }

    static NewSchedule sync(String repo, String schedule) {
        ScheduledTask task = ScheduledTask.of(SYNC, List.of(repo), Map.of("overrides", Map.of()))
                .reserving(List.of("repository:" + repo))
                .taggedWith(List.of("pulp:repository:" + repo, "pulp:action:sync"));
        return NewSchedule.of(schedule, "pulp:importer:" + repo + ":yum_importer", task);
    }

    private List<Instant> dispatchTimes() {
        return dispatcher.dispatched().stream().map(Dispatched::at).toList();
    }

    /** Moves the clock the way the timer does: to each next run, until {@code end}. */
    private void runUntil(ScheduleFirer firer, Instant end) {
        ScheduleFirer.Round round = firer.fireDue();
        while (round.nextDue().isPresent() && !round.nextDue().get().isAfter(end)) {
            clock.set(round.nextDue().get());
            round = firer.fireDue();
        }
    }

    @Test
    void fires_at_exactly_each_slot_as_the_clock_advances() {
        store.create(sync("zoo", "2026-01-01T00:10:00Z/PT1H"));
        ScheduleFirer firer = firer();

        runUntil(firer, T0.plus(Duration.ofHours(3)));

        assertThat(dispatchTimes()).containsExactly(Instant.parse("2026-01-01T00:10:00Z"),
                Instant.parse("2026-01-01T01:10:00Z"), Instant.parse("2026-01-01T02:10:00Z"));
    }

    @Test
    void nothing_fires_between_slots_however_often_it_looks() {
        store.create(sync("zoo", "2026-01-01T00:10:00Z/PT1H"));
        ScheduleFirer firer = firer();
        List<Instant> fires = new ArrayList<>();

        for (int second = 0; second <= 2 * 3600; second += 7) {
            clock.set(T0.plusSeconds(second));
            if (firer.fireDue().fired() > 0) {
                fires.add(clock.instant());
            }
        }

        assertThat(fires).containsExactly(Instant.parse("2026-01-01T00:10:02Z"), Instant.parse("2026-01-01T01:10:00Z"));
    }

    @Test
    void dispatches_the_scheduled_task_marked_as_fired_by_the_schedule() {
        ScheduledCall call = store.create(sync("zoo", "PT1H"));

        ScheduleFirer.Round round = firer().fireDue();

        assertThat(round.fired()).isEqualTo(1);
        assertThat(round.nextDue()).contains(T0.plus(Duration.ofHours(1)));
        TaskRequest request = dispatcher.requests().get(0);
        assertThat(request.taskType()).isEqualTo(SYNC);
        assertThat(request.scheduledCallId()).isEqualTo(call.id());
        assertThat(request.resources()).containsExactly("repository:zoo");
        assertThat(request.tags()).containsExactly("pulp:repository:zoo", "pulp:action:sync");
        assertThat(request.args()).isEqualTo(Map.of("args", List.of("zoo"),
                "kwargs", Map.of("overrides", Map.of(), "scheduled_call_id", call.id())));
        assertThat(log.lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("INFO schedule " + call.id() + " fired task " + dispatcher.dispatched().get(0).taskId()));
    }

    @Test
    void after_downtime_a_missed_slot_fires_once_and_the_schedule_moves_to_the_next_future_slot() {
        ScheduledCall call = store.create(sync("zoo", "2026-01-01T00:00:00Z/PT1H"));
        ScheduleFirer firer = firer();
        firer.fireDue();

        clock.set(Instant.parse("2026-01-01T07:45:00Z")); // beat was down for 7 slots
        ScheduleFirer.Round round = firer.fireDue();

        assertThat(round.fired()).isEqualTo(1);
        assertThat(round.nextDue()).contains(Instant.parse("2026-01-01T08:00:00Z"));
        assertThat(firer.fireDue().fired()).isZero();
        assertThat(store.get(call.id()).orElseThrow().totalRunCount()).isEqualTo(2);
    }

    @Test
    void remaining_runs_count_down_to_zero_and_then_it_never_fires() {
        ScheduledCall call = store.create(sync("zoo", "R3/2026-01-01T00:00:00Z/PT1H"));

        runUntil(firer(), T0.plus(Duration.ofDays(2)));

        assertThat(dispatchTimes()).containsExactly(T0, T0.plus(Duration.ofHours(1)), T0.plus(Duration.ofHours(2)));
        ScheduledCall done = store.get(call.id()).orElseThrow();
        assertThat(done.remainingRuns()).isZero();
        assertThat(done.enabled()).isFalse();
        assertThat(firer().fireDue().nextDue()).isEmpty();
    }

    @Test
    void disabled_schedules_never_fire_until_enabled_again() {
        ScheduledCall call = store.create(sync("zoo", "PT1H").withEnabled(false));
        ScheduleFirer firer = firer();

        runUntil(firer, T0.plus(Duration.ofDays(1)));
        clock.set(T0.plus(Duration.ofDays(1)));
        assertThat(firer.fireDue().fired()).isZero();

        store.update(call.id(), ScheduleUpdate.NONE.withEnabled(true));
        assertThat(firer.fireDue().fired()).as("its stale next run fires once").isEqualTo(1);
        assertThat(dispatcher.dispatched()).hasSize(1);
    }

    @Test
    void a_standby_beat_never_fires_and_fires_what_is_due_once_it_becomes_active() {
        store.create(sync("zoo", "PT1H"));
        active.set(false);
        ScheduleFirer firer = firer();

        for (int minute = 0; minute < 180; minute++) {
            clock.set(T0.plus(Duration.ofMinutes(minute)));
            assertThat(firer.fireDue()).isEqualTo(new ScheduleFirer.Round(0, 0, java.util.Optional.empty()));
        }
        assertThat(dispatcher.dispatched()).isEmpty();

        active.set(true);
        assertThat(firer.fireDue().fired()).isEqualTo(1);
    }

    @Test
    void failed_runs_disable_the_schedule_at_its_failure_threshold_and_a_success_resets_the_count() {
        ScheduledCall call = store.create(sync("zoo", "2026-01-01T00:00:00Z/PT1H").withFailureThreshold(2));
        ScheduleFirer firer = firer();

        firer.fireDue();
        outcomes.taskEnded(call.id(), false);
        clock.advance(Duration.ofHours(1));
        firer.fireDue();
        outcomes.taskEnded(call.id(), true);
        clock.advance(Duration.ofHours(1));
        firer.fireDue();
        outcomes.taskEnded(call.id(), false);
        assertThat(store.get(call.id()).orElseThrow().enabled()).as("count was reset by the success").isTrue();
        clock.advance(Duration.ofHours(1));
        firer.fireDue();
        outcomes.taskEnded(call.id(), false);

        assertThat(store.get(call.id()).orElseThrow().isDisabledByFailures()).isTrue();
        clock.advance(Duration.ofHours(1));
        assertThat(firer.fireDue().fired()).isZero();
        assertThat(dispatcher.dispatched()).hasSize(4);
    }

    @Test
    void a_dispatch_that_fails_counts_as_a_failed_run_and_the_other_schedules_still_fire() {
        ScheduledCall broken = store.create(NewSchedule.of("PT1H", "pulp:importer:bad:x",
                ScheduledTask.of("no.such.task", List.of(), Map.of())).withFailureThreshold(1));
        store.create(sync("zoo", "PT1H"));
        ScheduleFirer firer = firer(request -> {
            if (request.taskType().equals("no.such.task")) {
                throw new IllegalStateException("unknown task type");
            }
            return dispatcher.dispatch(request);
        });

        ScheduleFirer.Round round = firer.fireDue();

        assertThat(round.fired()).isEqualTo(1);
        assertThat(round.failed()).isEqualTo(1);
        assertThat(dispatcher.requests()).extracting(TaskRequest::taskType).containsExactly(SYNC);
        assertThat(store.get(broken.id()).orElseThrow().isDisabledByFailures()).isTrue();
        assertThat(log.count("WARN schedule " + broken.id() + " could not fire")).isEqualTo(1);
    }
}
