package org.jpulp.common.plugin;

/**
 * Pulp 2's {@code summary} and {@code details} of a publish that did not fail (JSON-compatible values), and its
 * {@code result}: {@value #SUCCESS}, or {@value #SKIPPED} when the distributor found nothing changed since its last
 * publish.
 */
public record PublishReport(Object summary, Object details, String result) {

    public static final String SUCCESS = "success";
    public static final String SKIPPED = "skipped";

    public PublishReport(Object summary, Object details) {
        this(summary, details, SUCCESS);
    }

    /** A publish skipped because nothing changed: {@code summary} and {@code details} are both {@code text}. */
    public static PublishReport skipped(String text) {
        return new PublishReport(text, text, SKIPPED);
    }

    public boolean wasSkipped() {
        return SKIPPED.equals(result);
    }
}
