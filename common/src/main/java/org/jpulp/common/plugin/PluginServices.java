package org.jpulp.common.plugin;

import java.time.Clock;
import java.util.Objects;
import org.jpulp.common.content.ContentStore;
import org.jpulp.common.content.InMemoryPluginDocuments;
import org.jpulp.common.content.PluginDocuments;
import org.jpulp.common.content.RepoContentUnits;
import org.jpulp.common.content.UnitStore;

/** The content model a process hands to plugin calls: built once, shared by every task. */
public record PluginServices(ContentStore contentStore, UnitStore units, RepoContentUnits associations, Clock clock,
                             PluginDocuments documents) {

    public PluginServices {
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(contentStore, "contentStore");
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(associations, "associations");
        Objects.requireNonNull(clock, "clock");
    }

    /** Services whose plugin documents live in memory only (tests and tools). */
    public PluginServices(ContentStore contentStore, UnitStore units, RepoContentUnits associations, Clock clock) {
        this(contentStore, units, associations, clock, new InMemoryPluginDocuments());
    }
}
