package org.jpulp.common.content;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.mongodb.client.MongoDatabase;
import jakarta.inject.Singleton;
import org.jpulp.common.config.ServerConfig;
import org.jpulp.common.content.mongo.MongoOrphans;
import org.jpulp.common.content.mongo.MongoUnitSearch;
import org.jpulp.common.plugin.PluginRegistry;

/**
 * {@link UnitSearch} and {@link Orphans} on MongoDB for the installed plugins' unit types, files under
 * {@code [server] storage_dir}. Installed by the REST API and the worker; all instances are equal, so Guice installs
 * it once. Needs a {@link PluginRegistry} binding ({@link org.jpulp.common.repository.RepositoryStoresModule}).
 */
public final class ContentSearchModule extends AbstractModule {

    @Provides
    @Singleton
    UnitSearch unitSearch(MongoDatabase db, PluginRegistry plugins) {
        return new MongoUnitSearch(db, plugins.unitTypes());
    }

    @Provides
    @Singleton
    Orphans orphans(MongoDatabase db, PluginRegistry plugins, ServerConfig server) {
        return new MongoOrphans(db, plugins.unitTypes(), new StorageLayout(server.storageDir()));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ContentSearchModule;
    }

    @Override
    public int hashCode() {
        return ContentSearchModule.class.hashCode();
    }
}
