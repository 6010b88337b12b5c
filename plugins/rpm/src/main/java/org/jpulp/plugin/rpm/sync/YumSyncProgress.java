package org.jpulp.plugin.rpm.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pulp 2's yum sync progress report ({@code progress_report["yum_importer"]}, reference §2.3): one section per step
 * (metadata, content, distribution, modules, errata, comps, purge_duplicates) whose state goes NOT_STARTED →
 * IN_PROGRESS → FINISHED, SKIPPED, FAILED (with {@code error}) or CANCELLED. Thread-safe.
 */
final class YumSyncProgress {

    static final String METADATA = "metadata";
    static final String CONTENT = "content";
    static final String DISTRIBUTION = "distribution";
    static final String MODULES = "modules";
    static final String ERRATA = "errata";
    static final String COMPS = "comps";
    static final String PURGE_DUPLICATES = "purge_duplicates";
    static final List<String> STEPS = List.of(METADATA, CONTENT, DISTRIBUTION, MODULES, ERRATA, COMPS,
            PURGE_DUPLICATES);

    static final String NOT_STARTED = "NOT_STARTED";
    static final String IN_PROGRESS = "IN_PROGRESS";
    static final String FINISHED = "FINISHED";
    static final String SKIPPED = "SKIPPED";
    static final String FAILED = "FAILED";
    static final String CANCELLED = "CANCELLED";

    private final Map<String, String> states = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final List<Map<String, Object>> contentErrors = new ArrayList<>();
    private String running;
    private int itemsTotal;
    private int itemsDone;
    private long sizeTotal;
    private long sizeDone;

    YumSyncProgress() {
        STEPS.forEach(s -> states.put(s, NOT_STARTED));
    }

    synchronized void start(String step) {
        states.put(step, IN_PROGRESS);
        running = step;
    }

    synchronized void finish(String step) {
        states.put(step, FINISHED);
        running = null;
    }

    synchronized void skip(String step) {
        states.put(step, SKIPPED);
    }

    /** Marks the running step failed (or cancelled) with the error text. */
    synchronized void fail(String message, boolean cancelled) {
        if (running != null) {
            states.put(running, cancelled ? CANCELLED : FAILED);
            if (!cancelled) {
                errors.put(running, message);
            }
            running = null;
        }
    }

    synchronized void downloading(int items, long bytes) {
        itemsTotal = items;
        sizeTotal = bytes;
    }

    synchronized void downloaded(long bytes) {
        itemsDone++;
        sizeDone += bytes;
    }

    synchronized void contentError(Map<String, Object> error) {
        contentErrors.add(error);
    }

    synchronized String state(String step) {
        return states.get(step);
    }

    /** The report as JSON-compatible maps, a fresh copy. */
    synchronized Map<String, Object> toMap() {
        Map<String, Object> report = new LinkedHashMap<>();
        for (String step : STEPS) {
            Map<String, Object> section = new LinkedHashMap<>();
            section.put("state", states.get(step));
            if (step.equals(CONTENT)) {
                section.put("items_total", itemsTotal);
                section.put("items_left", itemsTotal - itemsDone);
                section.put("size_total", sizeTotal);
                section.put("size_left", sizeTotal - sizeDone);
                section.put("error_details", new ArrayList<>(contentErrors));
                section.put("details", Map.of("rpm_total", itemsTotal, "rpm_done", itemsDone, "drpm_total", 0,
                        "drpm_done", 0));
            } else if (step.equals(DISTRIBUTION)) {
                section.put("items_total", 0);
                section.put("items_left", 0);
                section.put("error_details", List.of());
            }
            if (errors.containsKey(step)) {
                section.put("error", errors.get(step));
            }
            report.put(step, section);
        }
        return report;
    }

    /** Pulp 2's {@code summary}: each step's state. */
    synchronized Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        states.forEach((step, state) -> summary.put(step, Map.of("state", state)));
        return summary;
    }
}
