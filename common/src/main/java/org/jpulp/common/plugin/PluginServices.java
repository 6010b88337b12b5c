package org.jpulp.common.plugin;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.jpulp.common.content.ContentStore;
import org.jpulp.common.content.RepoContentUnits;
import org.jpulp.common.content.UnitStore;

/**
 * The content model a process hands to plugin calls: built once, shared by every task. {@code database} is null for
 * tools and tests that run without one; plugins reach it through {@link PluginContext#database()}.
 */
public record PluginServices(ContentStore contentStore, UnitStore units, RepoContentUnits associations, Clock clock,
                             MongoDatabase database) {

    public PluginServices {
        Objects.requireNonNull(contentStore, "contentStore");
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(associations, "associations");
        Objects.requireNonNull(clock, "clock");
    }

    /** Services without a database. */
    public PluginServices(ContentStore contentStore, UnitStore units, RepoContentUnits associations, Clock clock) {
        this(contentStore, units, associations, clock, null);
    }

    public Optional<MongoDatabase> optionalDatabase() {
        return Optional.ofNullable(database);
    }
}
