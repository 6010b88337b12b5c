package org.jpulp.common.schedule;

import java.util.Objects;

/**
 * What a client asks for when it creates a schedule. Validated on construction: an unparsable {@code schedule}
 * or a {@code failure_threshold} that is not null or positive throws {@link InvalidScheduleException}.
 *
 * @param resource         what the schedule belongs to, e.g. {@code pulp:importer:zoo:yum_importer}
 * @param failureThreshold consecutive failures after which the schedule disables itself, or null for never
 */
public record NewSchedule(String schedule, String resource, ScheduledTask task, boolean enabled,
                          Integer failureThreshold) {

    public static final String FAILURE_THRESHOLD = "failure_threshold";

    public NewSchedule {
        Iso8601Schedule.parse(schedule);
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(task, "task");
        checkFailureThreshold(failureThreshold);
    }

    /** Enabled, never disabled by failures. */
    public static NewSchedule of(String schedule, String resource, ScheduledTask task) {
        return new NewSchedule(schedule, resource, task, true, null);
    }

    public NewSchedule withEnabled(boolean value) {
        return new NewSchedule(schedule, resource, task, value, failureThreshold);
    }

    public NewSchedule withFailureThreshold(Integer value) {
        return new NewSchedule(schedule, resource, task, enabled, value);
    }

    static void checkFailureThreshold(Integer value) {
        if (value != null && value <= 0) {
            throw new InvalidScheduleException(FAILURE_THRESHOLD,
                    "invalid failure_threshold " + value + ": must be null or a positive number");
        }
    }
}
