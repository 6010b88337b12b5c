package org.jpulp.common.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The migrations of one owner (the platform, or one plugin), tracked together under {@code trackerName} in
 * {@code migration_trackers}. Versions are checked here: positive and unique; they are kept in version order.
 */
public record MigrationPackage(String trackerName, List<Migration> migrations) {

    public MigrationPackage {
        Objects.requireNonNull(trackerName, "trackerName");
        if (trackerName.isBlank()) {
            throw new IllegalArgumentException("a migration package needs a tracker name");
        }
        List<Migration> sorted = new ArrayList<>(migrations);
        sorted.sort(Comparator.comparingInt(Migration::version));
        for (int i = 0; i < sorted.size(); i++) {
            int version = sorted.get(i).version();
            if (version < 1) {
                throw new IllegalArgumentException(trackerName + ": migration versions start at 1, found " + version);
            }
            if (i > 0 && sorted.get(i - 1).version() == version) {
                throw new IllegalArgumentException(trackerName + ": two migrations have version " + version);
            }
        }
        migrations = List.copyOf(sorted);
    }

    /** The highest version, 0 for a package without migrations. */
    public int latestVersion() {
        return migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version();
    }
}
