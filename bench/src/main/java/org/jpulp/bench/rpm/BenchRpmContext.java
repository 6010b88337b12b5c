package org.jpulp.bench.rpm;

import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.jpulp.common.content.ContentStore;
import org.jpulp.common.content.PluginDocuments;
import org.jpulp.common.content.RepoContentUnits;
import org.jpulp.common.content.mongo.MongoPluginDocuments;
import org.jpulp.common.content.UnitStore;
import org.jpulp.common.plugin.PluginConfig;
import org.jpulp.common.plugin.PublishContext;
import org.jpulp.common.plugin.SyncContext;

/**
 * The yum plugin called with plain objects, as the worker calls it but without the task engine: sync and publish
 * contexts on one content model, with the database for the plugin's own collections.
 */
record BenchRpmContext(String repoId, PluginConfig config, Path workingDirectory, ContentStore contentStore,
                       UnitStore units, RepoContentUnits associations, MongoDatabase db, String distributorId)
        implements SyncContext, PublishContext {

    BenchRpmContext with(Map<String, Object> newConfig, String newDistributorId) {
        return new BenchRpmContext(repoId, new PluginConfig(newConfig), workingDirectory, contentStore, units,
                associations, db, newDistributorId);
    }

    @Override
    public PluginDocuments documents() {
        return new MongoPluginDocuments(db);
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
