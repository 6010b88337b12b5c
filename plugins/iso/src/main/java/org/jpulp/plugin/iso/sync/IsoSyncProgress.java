package org.jpulp.plugin.iso.sync;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jpulp.common.content.PulpTimestamps;
import org.jpulp.common.download.DownloadException;

/**
 * Pulp 2's ISO sync progress report ({@code progress_report["iso_importer"]}): state machine not_started →
 * manifest_in_progress → (manifest_failed | isos_in_progress) → (complete | isos_failed), or cancelled.
 * Thread-safe: downloads finish on several threads.
 */
final class IsoSyncProgress {

    static final String NOT_STARTED = "not_started";
    static final String MANIFEST_IN_PROGRESS = "manifest_in_progress";
    static final String MANIFEST_FAILED = "manifest_failed";
    static final String ISOS_IN_PROGRESS = "isos_in_progress";
    static final String ISOS_FAILED = "isos_failed";
    static final String COMPLETE = "complete";
    static final String CANCELLED = "cancelled";

    private final Clock clock;
    private final Map<String, String> stateTimes = new LinkedHashMap<>();
    private final List<Map<String, Object>> isoErrors = new ArrayList<>();
    private String state;
    private String errorMessage;
    private long totalBytes;
    private long finishedBytes;
    private int numIsos;
    private int numIsosFinished;

    IsoSyncProgress(Clock clock) {
        this.clock = clock;
        state(NOT_STARTED);
    }

    synchronized void state(String newState) {
        state = newState;
        stateTimes.put(newState, PulpTimestamps.format(clock.instant()));
    }

    synchronized void failed(String failedState, String message) {
        state(failedState);
        errorMessage = message;
    }

    synchronized void downloading(int isos, long bytes) {
        numIsos = isos;
        totalBytes = bytes;
        state(ISOS_IN_PROGRESS);
    }

    synchronized void isoFinished(long bytes) {
        numIsosFinished++;
        finishedBytes += bytes;
    }

    synchronized void isoFailed(String name, DownloadException error) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("url", error.url().toString());
        report.put("response_code", Math.max(error.statusCode(), 0));
        report.put("error_message", error.reason());
        isoErrors.add(Map.of("name", name, "error", report));
    }

    synchronized String state() {
        return state;
    }

    /** The report as JSON-compatible maps, a fresh copy. */
    synchronized Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", state);
        m.put("state_times", new LinkedHashMap<>(stateTimes));
        m.put("error_message", errorMessage);
        m.put("traceback", null);
        m.put("total_bytes", totalBytes);
        m.put("finished_bytes", finishedBytes);
        m.put("num_isos", numIsos);
        m.put("num_isos_finished", numIsosFinished);
        m.put("iso_error_messages", new ArrayList<>(isoErrors));
        return m;
    }
}
