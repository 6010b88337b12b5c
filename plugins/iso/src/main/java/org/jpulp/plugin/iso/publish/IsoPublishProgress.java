package org.jpulp.plugin.iso.publish;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jpulp.common.content.PulpTimestamps;

/** Pulp 2's ISO publish progress ({@code progress_report[<distributor id>]}): not_started → in_progress → complete | failed. */
final class IsoPublishProgress {

    static final String NOT_STARTED = "not_started";
    static final String IN_PROGRESS = "in_progress";
    static final String COMPLETE = "complete";
    static final String FAILED = "failed";
    static final String CANCELLED = "cancelled";

    private final Clock clock;
    private final Map<String, String> stateTimes = new LinkedHashMap<>();
    private String state;
    private String errorMessage;

    IsoPublishProgress(Clock clock) {
        this.clock = clock;
        state(NOT_STARTED);
    }

    void state(String newState) {
        state = newState;
        stateTimes.put(newState, PulpTimestamps.format(clock.instant()));
    }

    void failed(String message) {
        state(FAILED);
        errorMessage = message;
    }

    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", state);
        m.put("state_times", new LinkedHashMap<>(stateTimes));
        m.put("error_message", errorMessage);
        m.put("traceback", null);
        return m;
    }
}
