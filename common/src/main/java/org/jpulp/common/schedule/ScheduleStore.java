package org.jpulp.common.schedule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code scheduled_calls} collection. Every change is atomic per schedule (single-document conditional
 * updates, no transactions), so several beats, REST processes and workers may use it at once. Lists come in
 * creation order.
 */
public interface ScheduleStore {

    /** Stores a new schedule under a fresh id. */
    ScheduledCall create(NewSchedule spec);

    Optional<ScheduledCall> get(String id);

    List<ScheduledCall> list();

    /** The schedules of one importer or distributor, e.g. {@code pulp:importer:zoo:yum_importer}. */
    List<ScheduledCall> listByResource(String resource);

    /** Applies a client's change; empty when there is no such schedule. */
    Optional<ScheduledCall> update(String id, ScheduleUpdate delta);

    /** False when there was no such schedule. */
    boolean delete(String id);

    /** Deletes the schedules of an importer or distributor that is being removed; returns how many. */
    int deleteByResource(String resource);

    /** Runnable schedules whose next run is at or before {@code now}, earliest first. */
    List<ScheduledCall> due(Instant now);

    /**
     * Takes the slot {@code seen.nextRun()} for a run at {@code now} ({@link ScheduledCall#fired}), only if the
     * schedule is still runnable and unchanged since it was read as {@code seen}; empty when another claimer
     * (a second beat, one that took over) or a client's change came first. A slot is claimed at most once.
     */
    Optional<ScheduledCall> claim(ScheduledCall seen, Instant now);

    /** Claims every due schedule; the claims this caller won, in the order of {@link #due}. */
    default List<ScheduledCall> claimDue(Instant now) {
        List<ScheduledCall> won = new ArrayList<>();
        for (ScheduledCall call : due(now)) {
            claim(call, now).ifPresent(won::add);
        }
        return won;
    }

    /** The earliest next run of a runnable schedule, which may already have passed. */
    Optional<Instant> earliestNextRun();

    /**
     * A task a schedule fired has ended: success resets {@code consecutive_failures}, failure increments it and
     * disables the schedule once it reaches {@code failure_threshold}. Empty when the schedule is gone.
     */
    Optional<ScheduledCall> recordOutcome(String id, boolean success);
}
