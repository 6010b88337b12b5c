package org.jpulp.restapi.repository;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import org.jpulp.common.repository.RepositoryStoresModule;
import org.jpulp.common.schedule.ScheduleStoreModule;
import org.jpulp.restapi.http.Routes;

/** Repositories, importers, distributors, sync/publish actions and history, on MongoDB, with the installed plugins. */
public final class RepositoryModule extends AbstractModule {

    @Override
    protected void configure() {
        install(new RepositoryStoresModule());
        Multibinder<Routes> routes = Multibinder.newSetBinder(binder(), Routes.class);
        routes.addBinding().to(RepositoryResource.class);
        routes.addBinding().to(ImporterResource.class);
        routes.addBinding().to(DistributorResource.class);
        routes.addBinding().to(RepositoryActionsResource.class);
        routes.addBinding().to(HistoryResource.class);
        routes.addBinding().to(ImportUploadResource.class);
        install(new ScheduleStoreModule());
        routes.addBinding().to(ScheduleResource.class);
    }
}
