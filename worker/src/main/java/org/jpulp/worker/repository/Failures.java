package org.jpulp.worker.repository;

/** Bookkeeping after a failed plugin call must not replace the plugin's error, which is what the task reports. */
final class Failures {

    private Failures() {
    }

    /** Runs {@code step}; if it fails too, its failure is attached to {@code first} as suppressed. */
    static void keepFirst(Exception first, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            first.addSuppressed(e);
        }
    }
}
