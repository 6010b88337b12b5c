package org.jpulp.common.plugin;

/**
 * What a successful sync did: association counts (removals counted positive, as Pulp 2's tests expect) and Pulp 2's
 * {@code summary} and {@code details} (JSON-compatible values). A failed sync throws instead.
 */
public record SyncReport(int addedCount, int removedCount, int updatedCount, Object summary, Object details) {
}
