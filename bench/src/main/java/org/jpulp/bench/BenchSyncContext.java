package org.jpulp.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.jpulp.common.content.ContentStore;
import org.jpulp.common.content.RepoContentUnits;
import org.jpulp.common.content.UnitStore;
import org.jpulp.common.plugin.PluginConfig;
import org.jpulp.common.plugin.SyncContext;

/** The plugin called with plain objects, as a tool (or the worker) would: no task engine involved. */
record BenchSyncContext(String repoId, PluginConfig config, Path workingDirectory, ContentStore contentStore,
                        UnitStore units, RepoContentUnits associations) implements SyncContext {

    BenchSyncContext(String repoId, Map<String, Object> config, Path workingDirectory, ContentStore contentStore,
                     UnitStore units, RepoContentUnits associations) {
        this(repoId, new PluginConfig(config), workingDirectory, contentStore, units, associations);
    }

    @Override
    public Clock clock() {
        return Clock.systemUTC();
    }

    @Override
    public void reportProgress(Object report) {
    }

    @Override
    public void checkCanceled() {
    }

    @Override
    public boolean isCanceled() {
        return false;
    }
}
