package org.jpulp.common.task;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Pulp 2's task states; finished, error, canceled and skipped are complete (terminal). */
public enum TaskState {
    WAITING, SKIPPED, ACCEPTED, RUNNING, SUSPENDED, FINISHED, ERROR, CANCELED;

    public static final Set<TaskState> COMPLETE = EnumSet.of(FINISHED, ERROR, CANCELED, SKIPPED);
    public static final Set<TaskState> INCOMPLETE = EnumSet.complementOf(EnumSet.copyOf(COMPLETE));

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isComplete() {
        return COMPLETE.contains(this);
    }

    public static TaskState fromWire(String value) {
        for (TaskState s : values()) {
            if (s.wire().equals(value)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown task state '" + value + "'");
    }
}
