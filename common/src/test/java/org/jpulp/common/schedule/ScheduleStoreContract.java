package org.jpulp.common.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jpulp.testing.time.MutableClock;
import org.junit.jupiter.api.Test;

/**
 * Behaviour every {@link ScheduleStore} shares. Subclasses supply an empty store and a second handle on the same
 * data as another process would have it (another client), both on {@link #clock}.
 */
public abstract class ScheduleStoreContract {

    protected static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final String IMPORTER = "pulp:importer:zoo:yum_importer";

    protected final MutableClock clock = new MutableClock(T0);

    protected abstract ScheduleStore store();

    protected abstract ScheduleStore otherProcessStore();

    private static NewSchedule hourlyFrom(Instant start) {
        return sync("R100/" + start + "/PT1H");
    }

    private static NewSchedule sync(String schedule) {
        return ScheduledCallTest.sync(schedule);
    }

    @Test
    void create_get_list_and_delete() {
        ScheduleStore store = store();
        ScheduledCall a = store.create(sync("PT1H"));
        ScheduledCall b = store.create(sync("P1D"));
        ScheduledCall other = store.create(NewSchedule.of("PT1H", "pulp:distributor:zoo:yum_distributor",
                ScheduledTask.of("pulp.server.controllers.repository.queue_publish", List.of("zoo", "yum_distributor"),
                        Map.of())));

        assertThat(a.id()).matches("[0-9a-f]{24}").isNotEqualTo(b.id());
        assertThat(store.get(a.id())).contains(a);
        assertThat(otherProcessStore().get(a.id())).contains(a);
        assertThat(store.listByResource(IMPORTER)).containsExactly(a, b);
        assertThat(store.list()).containsExactly(a, b, other);

        assertThat(store.delete(a.id())).isTrue();
        assertThat(store.delete(a.id())).isFalse();
        assertThat(store.get(a.id())).isEmpty();
        assertThat(store.deleteByResource(IMPORTER)).isEqualTo(1);
        assertThat(store.list()).containsExactly(other);
    }

    @Test
    void arguments_round_trip_with_nested_values_and_nulls() {
        Map<String, Object> overrides = new LinkedHashMap<>();
        overrides.put("num_threads", 4);
        overrides.put("proxy_host", null);
        overrides.put("skip", List.of("erratum", Map.of("deep", true)));
        ScheduledTask task = ScheduledTask.of("t", Arrays.asList("zoo", null, 2.5), Map.of("overrides", overrides))
                .reserving(List.of("repository:zoo")).taggedWith(List.of("pulp:action:sync")).runningAs("admin");
        ScheduledCall created = store().create(NewSchedule.of("PT1H", IMPORTER, task).withFailureThreshold(2));

        ScheduledCall read = otherProcessStore().get(created.id()).orElseThrow();

        assertThat(read).isEqualTo(created);
        assertThat(read.task().kwargs().get("overrides")).isEqualTo(overrides);
    }

    @Test
    void update_applies_the_delta_and_unknown_ids_are_empty() {
        ScheduleStore store = store();
        ScheduledCall call = store.create(sync("PT1H").withFailureThreshold(3));
        clock.advance(Duration.ofMinutes(5));

        ScheduledCall changed = store.update(call.id(), ScheduleUpdate.NONE.withSchedule("R2/2026-02-01T00:00:00Z/P1D")
                .withEnabled(false).withFailureThreshold(null)).orElseThrow();

        assertThat(changed.firstRun()).isEqualTo(Instant.parse("2026-02-01T00:00:00Z"));
        assertThat(changed.nextRun()).isEqualTo(changed.firstRun());
        assertThat(changed.remainingRuns()).isEqualTo(2);
        assertThat(changed.enabled()).isFalse();
        assertThat(changed.failureThreshold()).isNull();
        assertThat(changed.lastUpdated()).isEqualTo(clock.instant());
        assertThat(store.get(call.id())).contains(changed);
        assertThat(store.update("5cc9fa11e3b1a2000f4d2d44", ScheduleUpdate.NONE.withEnabled(true))).isEmpty();
    }

    @Test
    void due_lists_runnable_schedules_at_or_before_now_earliest_first() {
        ScheduleStore store = store();
        ScheduledCall later = store.create(hourlyFrom(T0.plusSeconds(60)));
        ScheduledCall now = store.create(hourlyFrom(T0));
        ScheduledCall future = store.create(hourlyFrom(T0.plusSeconds(61)));
        store.create(hourlyFrom(T0).withEnabled(false));

        clock.advance(Duration.ofSeconds(60));

        assertThat(store.due(clock.instant())).containsExactly(now, later);
        assertThat(store.earliestNextRun()).contains(T0);
        assertThat(future.isDue(clock.instant())).isFalse();
    }

    @Test
    void a_slot_is_claimed_once_and_the_next_slot_is_strictly_in_the_future() {
        ScheduleStore store = store();
        ScheduledCall call = store.create(hourlyFrom(T0));
        ScheduledCall seen = store.due(clock.instant()).get(0);

        ScheduledCall claimed = store.claim(seen, clock.instant()).orElseThrow();

        assertThat(claimed.nextRun()).isEqualTo(T0.plus(Duration.ofHours(1)));
        assertThat(claimed.lastRunAt()).isEqualTo(T0);
        assertThat(claimed.totalRunCount()).isEqualTo(1);
        assertThat(claimed.remainingRuns()).isEqualTo(99);
        assertThat(store.claim(seen, clock.instant())).as("same slot again").isEmpty();
        assertThat(otherProcessStore().claim(seen, clock.instant())).as("same slot, other process").isEmpty();
        assertThat(store.due(clock.instant())).isEmpty();
        assertThat(store.get(call.id())).contains(claimed);
    }

    @Test
    void a_slot_not_yet_due_cannot_be_claimed() {
        ScheduleStore store = store();
        ScheduledCall call = store.create(hourlyFrom(T0.plusSeconds(10)));

        assertThat(store.claim(call, clock.instant())).isEmpty();
        assertThat(store.get(call.id()).orElseThrow().totalRunCount()).isZero();
    }

    @Test
    void a_claim_misses_when_the_schedule_was_disabled_or_changed_since_it_was_read() {
        ScheduleStore store = store();
        ScheduledCall disabledMeanwhile = store.create(hourlyFrom(T0));
        ScheduledCall changedMeanwhile = store.create(hourlyFrom(T0));
        List<ScheduledCall> seen = store.due(clock.instant());

        otherProcessStore().update(disabledMeanwhile.id(), ScheduleUpdate.NONE.withEnabled(false));
        otherProcessStore().update(changedMeanwhile.id(), ScheduleUpdate.NONE.withSchedule("PT5M"));

        assertThat(seen).hasSize(2);
        assertThat(store.claim(seen.get(0), clock.instant())).isEmpty();
        assertThat(store.claim(seen.get(1), clock.instant())).isEmpty();
    }

    @Test
    void outcomes_do_not_stop_a_claim_and_a_claim_keeps_the_failure_count() {
        ScheduleStore store = store();
        ScheduledCall call = store.create(hourlyFrom(T0).withFailureThreshold(5));
        ScheduledCall seen = store.due(clock.instant()).get(0);

        otherProcessStore().recordOutcome(call.id(), false);
        ScheduledCall claimed = store.claim(seen, clock.instant()).orElseThrow();

        assertThat(claimed.consecutiveFailures()).isEqualTo(1);
    }

    @Test
    void after_downtime_a_missed_slot_fires_once_then_the_next_future_slot() {
        ScheduleStore store = store();
        ScheduledCall call = store.create(hourlyFrom(T0));
        store.claimDue(clock.instant());

        clock.set(T0.plus(Duration.ofHours(5)).plus(Duration.ofMinutes(30))); // slots 1..5 passed while down
        List<ScheduledCall> fired = store.claimDue(clock.instant());

        assertThat(fired).hasSize(1);
        assertThat(fired.get(0).nextRun()).isEqualTo(T0.plus(Duration.ofHours(6)));
        assertThat(store.claimDue(clock.instant())).isEmpty();
        assertThat(store.get(call.id()).orElseThrow().totalRunCount()).isEqualTo(2);
    }

    @Test
    void remaining_runs_count_down_to_zero_and_then_nothing_is_due() {
        ScheduleStore store = store();
        ScheduledCall call = store.create(sync("R3/" + T0 + "/PT1H"));
        int fires = 0;
        for (int hour = 0; hour < 6; hour++) {
            clock.set(T0.plus(Duration.ofHours(hour)));
            fires += store.claimDue(clock.instant()).size();
        }

        ScheduledCall done = store.get(call.id()).orElseThrow();
        assertThat(fires).isEqualTo(3);
        assertThat(done.remainingRuns()).isZero();
        assertThat(done.enabled()).isFalse();
        assertThat(done.totalRunCount()).isEqualTo(3);
        assertThat(store.earliestNextRun()).isEmpty();
        assertThat(store.update(call.id(), ScheduleUpdate.NONE.withEnabled(true)).orElseThrow().isRunnable())
                .as("re-enabled with no runs left").isFalse();
        assertThat(store.due(clock.instant().plus(Duration.ofDays(1)))).isEmpty();
    }

    @Test
    void failures_disable_at_the_threshold_and_success_resets() {
        ScheduleStore store = store();
        ScheduledCall call = store.create(sync("PT1H").withFailureThreshold(3));

        store.recordOutcome(call.id(), false);
        store.recordOutcome(call.id(), false);
        assertThat(otherProcessStore().recordOutcome(call.id(), true).orElseThrow().consecutiveFailures()).isZero();
        store.recordOutcome(call.id(), false);
        store.recordOutcome(call.id(), false);
        ScheduledCall third = otherProcessStore().recordOutcome(call.id(), false).orElseThrow();

        assertThat(third.consecutiveFailures()).isEqualTo(3);
        assertThat(third.enabled()).isFalse();
        assertThat(third.isDisabledByFailures()).isTrue();
        assertThat(store.due(clock.instant())).isEmpty();
        assertThat(store.recordOutcome("5cc9fa11e3b1a2000f4d2d44", false)).isEmpty();
    }

    @Test
    void without_a_threshold_failures_are_counted_but_never_disable() {
        ScheduleStore store = store();
        ScheduledCall call = store.create(sync("PT1H"));
        for (int i = 0; i < 5; i++) {
            store.recordOutcome(call.id(), false);
        }
        ScheduledCall after = store.get(call.id()).orElseThrow();
        assertThat(after.consecutiveFailures()).isEqualTo(5);
        assertThat(after.enabled()).isTrue();
    }

    @Test
    void concurrent_claimers_in_two_processes_take_every_slot_exactly_once() throws Exception {
        int schedules = 30;
        for (int i = 0; i < schedules; i++) {
            store().create(hourlyFrom(T0));
        }
        List<ScheduleStore> claimers = List.of(store(), store(), otherProcessStore(), otherProcessStore());
        for (int round = 0; round < 3; round++) {
            clock.set(T0.plus(Duration.ofHours(round)));
            List<String> claimed = claimConcurrently(claimers);

            assertThat(claimed).hasSize(schedules).doesNotHaveDuplicates();
        }
    }

    private List<String> claimConcurrently(List<ScheduleStore> claimers) throws Exception {
        CyclicBarrier start = new CyclicBarrier(claimers.size());
        ConcurrentLinkedQueue<String> claimed = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(claimers.size());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (ScheduleStore claimer : claimers) {
                done.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    claimer.claimDue(clock.instant()).forEach(c -> claimed.add(c.id()));
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        return new ArrayList<>(claimed);
    }
}
