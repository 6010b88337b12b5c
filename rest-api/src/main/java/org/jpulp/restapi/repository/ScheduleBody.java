package org.jpulp.restapi.repository;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jpulp.common.error.InvalidValue;
import org.jpulp.common.error.MissingValue;
import org.jpulp.common.error.UnsupportedValue;
import org.jpulp.common.repository.RepositorySchedules;
import org.jpulp.common.schedule.InvalidScheduleException;
import org.jpulp.common.schedule.Iso8601Schedule;
import org.jpulp.common.schedule.NewSchedule;
import org.jpulp.common.schedule.ScheduleUpdate;
import org.jpulp.common.schedule.ScheduledTask;
import org.jpulp.restapi.http.Fields;

/**
 * A schedule create or update body, read and checked as Pulp 2 does: only {@code schedule} (ISO 8601),
 * {@code override_config} (object), {@code failure_threshold} (null or a positive integer) and {@code enabled}
 * (boolean); other keys are 400 UnsupportedValue, bad values 400 InvalidValue naming the field.
 *
 * @param changesThreshold whether {@code failure_threshold} was given (null is a value: "never disable")
 * @param override         null when not given
 */
record ScheduleBody(String schedule, Boolean enabled, boolean changesThreshold, Integer failureThreshold,
                    Map<String, Object> override) {

    private static final String SCHEDULE = Iso8601Schedule.PROPERTY;
    private static final String OVERRIDE = "override_config";
    private static final String ENABLED = "enabled";
    private static final Set<String> FIELDS = Set.of(SCHEDULE, OVERRIDE, NewSchedule.FAILURE_THRESHOLD, ENABLED);

    static ScheduleBody of(JsonNode body) {
        onlyKnown(body);
        String schedule = Fields.optionalString(body, SCHEDULE);
        if (schedule != null) {
            valid(() -> Iso8601Schedule.parse(schedule));
        }
        return new ScheduleBody(schedule, Fields.optionalBoolean(body, ENABLED),
                body.has(NewSchedule.FAILURE_THRESHOLD), failureThreshold(body), Fields.optionalObject(body, OVERRIDE));
    }

    /** The override to check and store: the given one, or empty. */
    Map<String, Object> overrideOrEmpty() {
        return override == null ? Map.of() : override;
    }

    NewSchedule toNew(String resource, ScheduledTask task) {
        if (schedule == null) {
            throw MissingValue.of(SCHEDULE);
        }
        return valid(() -> new NewSchedule(schedule, resource, task, enabled == null || enabled, failureThreshold));
    }

    /** The change to a schedule whose task has {@code kwargs}; a new override replaces {@code kwargs.overrides}. */
    ScheduleUpdate toUpdate(Map<String, Object> kwargs) {
        ScheduleUpdate delta = schedule == null ? ScheduleUpdate.NONE : ScheduleUpdate.NONE.withSchedule(schedule);
        if (enabled != null) {
            delta = delta.withEnabled(enabled);
        }
        if (changesThreshold) {
            delta = delta.withFailureThreshold(failureThreshold);
        }
        if (override != null) {
            Map<String, Object> changed = new LinkedHashMap<>(kwargs);
            changed.put(RepositorySchedules.OVERRIDES, override);
            delta = delta.withKwargs(changed);
        }
        return delta;
    }

    private static void onlyKnown(JsonNode body) {
        Set<String> unknown = new TreeSet<>();
        body.fieldNames().forEachRemaining(k -> {
            if (!FIELDS.contains(k)) {
                unknown.add(k);
            }
        });
        if (!unknown.isEmpty()) {
            throw new UnsupportedValue(List.copyOf(unknown));
        }
    }

    private static Integer failureThreshold(JsonNode body) {
        JsonNode value = body.get(NewSchedule.FAILURE_THRESHOLD);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() <= 0) {
            throw InvalidValue.of(NewSchedule.FAILURE_THRESHOLD);
        }
        return value.intValue();
    }

    private static <T> T valid(java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (InvalidScheduleException e) {
            throw new InvalidValue(List.of(e.property()), e.getMessage());
        }
    }
}
