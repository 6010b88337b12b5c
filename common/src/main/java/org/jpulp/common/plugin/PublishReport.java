package org.jpulp.common.plugin;

/** Pulp 2's {@code summary} and {@code details} of a successful publish (JSON-compatible values). */
public record PublishReport(Object summary, Object details) {
}
