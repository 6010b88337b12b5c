package org.jpulp.common.plugin;

import java.time.Clock;
import java.util.Objects;
import org.jpulp.common.content.ContentStore;
import org.jpulp.common.content.RepoContentUnits;
import org.jpulp.common.content.UnitStore;

/** The content model a process hands to plugin calls: built once, shared by every task. */
public record PluginServices(ContentStore contentStore, UnitStore units, RepoContentUnits associations, Clock clock) {

    public PluginServices {
        Objects.requireNonNull(contentStore, "contentStore");
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(associations, "associations");
        Objects.requireNonNull(clock, "clock");
    }
}
