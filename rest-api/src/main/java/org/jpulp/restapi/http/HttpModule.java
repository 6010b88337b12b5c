package org.jpulp.restapi.http;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.ProvidesIntoSet;
import org.jpulp.common.lifecycle.Managed;

/** The HTTP server; resources add themselves to the {@link Routes} set. */
public final class HttpModule extends AbstractModule {

    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), Routes.class);
        bind(RestServer.class).asEagerSingleton();
    }

    @ProvidesIntoSet
    Managed server(RestServer server) {
        return server;
    }
}
