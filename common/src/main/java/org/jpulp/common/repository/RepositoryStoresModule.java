package org.jpulp.common.repository;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.mongodb.client.MongoDatabase;
import jakarta.inject.Singleton;
import org.jpulp.common.plugin.PluginRegistry;
import org.jpulp.common.repository.mongo.MongoRepositoryHistory;
import org.jpulp.common.repository.mongo.MongoRepositoryStore;

/**
 * Repositories and their history on MongoDB, and the installed content plugins. Installed by the REST API and
 * the worker; all instances are equal, so Guice installs it once.
 */
public final class RepositoryStoresModule extends AbstractModule {

    @Provides
    @Singleton
    RepositoryStore repositoryStore(MongoDatabase db) {
        return new MongoRepositoryStore(db);
    }

    @Provides
    @Singleton
    RepositoryHistory repositoryHistory(MongoDatabase db) {
        return new MongoRepositoryHistory(db);
    }

    @Provides
    @Singleton
    PluginRegistry pluginRegistry() {
        return PluginRegistry.discover();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RepositoryStoresModule;
    }

    @Override
    public int hashCode() {
        return RepositoryStoresModule.class.hashCode();
    }
}
