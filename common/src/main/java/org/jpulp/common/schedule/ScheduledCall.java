package org.jpulp.common.schedule;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One document of {@code scheduled_calls} with Pulp 2's semantics. Times are kept to the millisecond (what
 * MongoDB stores); the state changes below are pure, and the stores apply them atomically.
 *
 * @param id                  Pulp 2 renders it as a plain string (an ObjectId's hex form)
 * @param schedule            the ISO 8601 string as the client gave it
 * @param resource            what the schedule belongs to, e.g. {@code pulp:importer:zoo:yum_importer}
 * @param failureThreshold    null: never disabled by failures
 * @param remainingRuns       runs left from {@code R<n>}, null: no limit; at 0 the schedule is disabled
 * @param firstRun            the schedule's start, or when it was created (or its schedule last changed)
 * @param nextRun             the slot that fires next; it may lie in the past after downtime and then fires once
 * @param lastRunAt           when it last fired, or null
 * @param lastUpdated         when the document last changed (Pulp 2 renders it as float epoch seconds)
 */
public record ScheduledCall(String id, String schedule, String resource, ScheduledTask task, boolean enabled,
                            Integer failureThreshold, int consecutiveFailures, Integer remainingRuns,
                            int totalRunCount, Instant firstRun, Instant nextRun, Instant lastRunAt,
                            Instant lastUpdated) {

    /** The keyword argument Pulp 2 adds so the task knows which schedule fired it. */
    public static final String SCHEDULED_CALL_ID = "scheduled_call_id";

    public ScheduledCall {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(firstRun, "firstRun");
        Objects.requireNonNull(nextRun, "nextRun");
        Objects.requireNonNull(lastUpdated, "lastUpdated");
    }

    /** A schedule as created at {@code now}: its first run is its start, or now when that has passed. */
    public static ScheduledCall create(String id, NewSchedule spec, Instant now) {
        Instant at = millis(now);
        SchedulePlan plan = Iso8601Schedule.parse(spec.schedule());
        Instant first = millis(plan.firstRun(at));
        return new ScheduledCall(id, spec.schedule(), spec.resource(), withId(spec.task(), id, spec.task().kwargs()),
                spec.enabled(), spec.failureThreshold(), 0, plan.recurrences(), 0, first,
                millis(plan.nextRun(first, null, at)), null, at);
    }

    public SchedulePlan plan() {
        return Iso8601Schedule.parse(schedule);
    }

    /** Enabled with runs left: the only schedules that ever fire. */
    public boolean isRunnable() {
        return enabled && (remainingRuns == null || remainingRuns > 0);
    }

    public boolean isDue(Instant now) {
        return isRunnable() && !nextRun.isAfter(now);
    }

    /** True when failures alone disabled it (the threshold is reached). */
    public boolean isDisabledByFailures() {
        return !enabled && failureThreshold != null && consecutiveFailures >= failureThreshold;
    }

    /**
     * After firing at {@code now}: the next slot strictly after now (so slots missed during downtime collapse
     * into this one run), one run more, one run fewer left (disabled at 0).
     */
    public ScheduledCall fired(Instant now) {
        Instant at = millis(now);
        Integer left = remainingRuns == null ? null : remainingRuns - 1;
        return new ScheduledCall(id, schedule, resource, task, enabled && (left == null || left > 0),
                failureThreshold, consecutiveFailures, left, totalRunCount + 1, firstRun,
                millis(plan().slotAfter(firstRun, at)), at, at);
    }

    /** A fired task ended: success resets the failure count, failure adds one and may disable the schedule. */
    public ScheduledCall withOutcome(boolean success, Instant now) {
        int failures = success ? 0 : consecutiveFailures + 1;
        boolean tooMany = failureThreshold != null && failures >= failureThreshold;
        return new ScheduledCall(id, schedule, resource, task, enabled && !tooMany, failureThreshold, failures,
                remainingRuns, totalRunCount, firstRun, nextRun, lastRunAt, millis(now));
    }

    /** Applies a client's change; a new schedule string recomputes first_run, next_run and remaining_runs. */
    public ScheduledCall updated(ScheduleUpdate delta, Instant now) {
        Instant at = millis(now);
        String newSchedule = delta.schedule() != null ? delta.schedule() : schedule;
        Instant first = firstRun;
        Instant next = nextRun;
        Integer left = remainingRuns;
        if (delta.schedule() != null) {
            SchedulePlan plan = Iso8601Schedule.parse(newSchedule);
            first = millis(plan.firstRun(at));
            next = millis(plan.nextRun(first, lastRunAt, at));
            left = plan.recurrences();
        }
        ScheduledTask call = task.withCall(delta.args() != null ? delta.args() : task.args(), task.kwargs());
        call = withId(call, id, delta.kwargs() != null ? delta.kwargs() : task.kwargs());
        return new ScheduledCall(id, newSchedule, resource, call,
                delta.enabled() != null ? delta.enabled() : enabled,
                delta.changesFailureThreshold() ? delta.failureThreshold() : failureThreshold,
                consecutiveFailures, left, totalRunCount, first, next, lastRunAt, at);
    }

    /** Pulp 2's {@code for_display()} without {@code _href}, which only the REST layer knows. */
    public Map<String, Object> forDisplay() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("_id", id);
        out.put("schedule", schedule);
        out.put("task", task.task());
        out.put("args", task.args());
        out.put("kwargs", task.kwargs());
        out.put("resource", resource);
        out.put("enabled", enabled);
        out.put("failure_threshold", failureThreshold);
        out.put("consecutive_failures", consecutiveFailures);
        out.put("remaining_runs", remainingRuns);
        out.put("total_run_count", totalRunCount);
        out.put("first_run", PulpTimes.iso(firstRun));
        out.put("next_run", PulpTimes.iso(nextRun));
        out.put("last_run_at", PulpTimes.iso(lastRunAt));
        out.put("last_updated", PulpTimes.epochSeconds(lastUpdated));
        return out;
    }

    private static ScheduledTask withId(ScheduledTask task, String id, Map<String, Object> kwargs) {
        Map<String, Object> withId = new LinkedHashMap<>(kwargs);
        withId.put(SCHEDULED_CALL_ID, id);
        return task.withCall(task.args(), withId);
    }

    static Instant millis(Instant t) {
        return t == null ? null : t.truncatedTo(ChronoUnit.MILLIS);
    }
}
