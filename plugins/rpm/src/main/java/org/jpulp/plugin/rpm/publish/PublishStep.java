package org.jpulp.plugin.rpm.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One of Pulp 2's publish steps as its progress report shows it ({@code step_type}, state, item counters). */
final class PublishStep {

    static final String NOT_STARTED = "NOT_STARTED";
    static final String IN_PROGRESS = "IN_PROGRESS";
    static final String FINISHED = "FINISHED";
    static final String FAILED = "FAILED";
    static final String SKIPPED = "SKIPPED";
    static final String CANCELLED = "CANCELLED";

    private final String stepId = UUID.randomUUID().toString();
    private final String type;
    private final String description;
    private final List<String> errors = new ArrayList<>();
    private volatile String state = NOT_STARTED;
    private volatile long total;
    private volatile long processed;

    PublishStep(String type, String description) {
        this.type = type;
        this.description = description;
    }

    String type() {
        return type;
    }

    String state() {
        return state;
    }

    void start(long itemsTotal) {
        total = itemsTotal;
        state = IN_PROGRESS;
    }

    void processed(long count) {
        processed = count;
    }

    void finish() {
        processed = Math.max(processed, total);
        state = FINISHED;
    }

    void skip() {
        state = SKIPPED;
    }

    void end(String finalState, String error) {
        state = finalState;
        if (error != null) {
            errors.add(error);
        }
    }

    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("step_id", stepId);
        m.put("step_type", type);
        m.put("description", description);
        m.put("state", state);
        m.put("items_total", total);
        m.put("num_processed", processed);
        m.put("num_success", state.equals(FAILED) ? processed - errors.size() : processed);
        m.put("num_failures", state.equals(FAILED) ? Math.max(1, errors.size()) : 0);
        m.put("error_details", List.copyOf(errors));
        m.put("details", "");
        return m;
    }
}
