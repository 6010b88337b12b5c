package org.jpulp.restapi.repository;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import com.mongodb.client.MongoDatabase;
import org.jpulp.common.plugin.PluginRegistry;
import org.jpulp.common.repository.RepositoryHistory;
import org.jpulp.common.repository.RepositoryStore;
import org.jpulp.common.repository.mongo.MongoRepositoryHistory;
import org.jpulp.common.repository.mongo.MongoRepositoryStore;
import org.jpulp.restapi.http.Routes;

/** Repositories, importers, distributors, sync/publish actions and history, on MongoDB, with the installed plugins. */
public final class RepositoryModule extends AbstractModule {

    @Override
    protected void configure() {
        Multibinder<Routes> routes = Multibinder.newSetBinder(binder(), Routes.class);
        routes.addBinding().to(RepositoryResource.class);
        routes.addBinding().to(ImporterResource.class);
        routes.addBinding().to(DistributorResource.class);
        routes.addBinding().to(RepositoryActionsResource.class);
        routes.addBinding().to(HistoryResource.class);
    }

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
}
