package org.jpulp.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.jpulp.common.content.ContentStore;
import org.jpulp.common.content.PluginDocuments;
import org.jpulp.common.content.RepoContentUnits;
import org.jpulp.common.content.UnitStore;
import org.jpulp.common.plugin.PluginConfig;
import org.jpulp.common.plugin.PublishContext;

/** A distributor called with plain objects, as a tool (or the worker) would: no task engine involved. */
record BenchPublishContext(String repoId, String distributorId, PluginConfig config, Path workingDirectory,
                           ContentStore contentStore, UnitStore units, RepoContentUnits associations,
                           PluginDocuments documents) implements PublishContext {

    BenchPublishContext(String repoId, Map<String, Object> config, Path workingDirectory, ContentStore contentStore,
                        UnitStore units, RepoContentUnits associations, PluginDocuments documents) {
        this(repoId, "yum_distributor", new PluginConfig(config), workingDirectory, contentStore, units, associations,
                documents);
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
