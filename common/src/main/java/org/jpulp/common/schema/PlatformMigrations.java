package org.jpulp.common.schema;

import java.util.ArrayList;
import java.util.List;
import org.jpulp.common.schema.platform.M0001CoreCollections;
import org.jpulp.common.schema.platform.M0002HistoryAndGroups;
import org.jpulp.common.schema.platform.M0003TaskEngine;
import org.jpulp.common.schema.platform.M0004TaskTransitions;

/** jpulp's own migrations, tracked as {@value #TRACKER}. Plugins bring their own {@link MigrationPackage}s. */
public final class PlatformMigrations {

    public static final String TRACKER = "jpulp.platform";
    /** The version the last platform migration reaches; what every role of this build needs. */
    public static final int LATEST_VERSION = 4;

    private PlatformMigrations() {
    }

    public static MigrationPackage migrations() {
        return new MigrationPackage(TRACKER, List.of(new M0001CoreCollections(), new M0002HistoryAndGroups(),
                new M0003TaskEngine(), new M0004TaskTransitions()));
    }

    /** Every collection the platform migrations create, with its indexes as of {@link #LATEST_VERSION}. */
    public static List<CollectionSpec> collections() {
        List<CollectionSpec> all = new ArrayList<>(M0001CoreCollections.COLLECTIONS);
        all.addAll(M0002HistoryAndGroups.COLLECTIONS);
        all.addAll(M0003TaskEngine.COLLECTIONS);
        all.addAll(M0004TaskTransitions.COLLECTIONS);
        return List.copyOf(all);
    }
}
