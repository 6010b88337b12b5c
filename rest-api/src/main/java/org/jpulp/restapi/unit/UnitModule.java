package org.jpulp.restapi.unit;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.multibindings.Multibinder;
import com.mongodb.client.MongoDatabase;
import jakarta.inject.Singleton;
import org.jpulp.common.content.ContentSearchModule;
import org.jpulp.common.repository.DistributorSearch;
import org.jpulp.common.repository.RepositoryStoresModule;
import org.jpulp.common.repository.mongo.MongoDistributorSearch;
import org.jpulp.restapi.http.Routes;
import org.jpulp.restapi.repository.DistributorSearchResource;

/** Units, repository unit search, copy and unassociate, orphans, plugin types and distributor search. */
public final class UnitModule extends AbstractModule {

    @Override
    protected void configure() {
        install(new RepositoryStoresModule());
        install(new ContentSearchModule());
        Multibinder<Routes> routes = Multibinder.newSetBinder(binder(), Routes.class);
        routes.addBinding().to(UnitResource.class);
        routes.addBinding().to(RepositoryUnitsResource.class);
        routes.addBinding().to(OrphanResource.class);
        routes.addBinding().to(PluginTypesResource.class);
        routes.addBinding().to(DistributorSearchResource.class);
    }

    @Provides
    @Singleton
    DistributorSearch distributorSearch(MongoDatabase db) {
        return new MongoDistributorSearch(db);
    }
}
