package org.jpulp.common.schedule;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields a client may change on a schedule (Pulp 2's update body); null means "unchanged", except for
 * the failure threshold, which may be set to null on purpose and so says separately whether it changes.
 * Start from {@link #NONE} and add changes; each is validated as it is added.
 */
public record ScheduleUpdate(String schedule, Boolean enabled, boolean changesFailureThreshold,
                             Integer failureThreshold, List<Object> args, Map<String, Object> kwargs) {

    public static final ScheduleUpdate NONE = new ScheduleUpdate(null, null, false, null, null, null);

    public ScheduleUpdate {
        if (schedule != null) {
            Iso8601Schedule.parse(schedule);
        }
        NewSchedule.checkFailureThreshold(failureThreshold);
        args = args == null ? null : Collections.unmodifiableList(new ArrayList<>(args));
        kwargs = kwargs == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(kwargs));
    }

    /** A new schedule string; first_run, next_run and remaining_runs are recomputed from it. */
    public ScheduleUpdate withSchedule(String value) {
        return new ScheduleUpdate(value, enabled, changesFailureThreshold, failureThreshold, args, kwargs);
    }

    public ScheduleUpdate withEnabled(boolean value) {
        return new ScheduleUpdate(schedule, value, changesFailureThreshold, failureThreshold, args, kwargs);
    }

    /** Null means "never disable". */
    public ScheduleUpdate withFailureThreshold(Integer value) {
        return new ScheduleUpdate(schedule, enabled, true, value, args, kwargs);
    }

    public ScheduleUpdate withArgs(List<Object> value) {
        return new ScheduleUpdate(schedule, enabled, changesFailureThreshold, failureThreshold, value, kwargs);
    }

    /** Replaces the keyword arguments; {@code scheduled_call_id} is kept. */
    public ScheduleUpdate withKwargs(Map<String, Object> value) {
        return new ScheduleUpdate(schedule, enabled, changesFailureThreshold, failureThreshold, args, value);
    }
}
