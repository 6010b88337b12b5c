package org.jpulp.restapi.status;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import org.jpulp.restapi.http.Routes;

/** {@code GET /pulp/api/v2/status/}. */
public final class StatusModule extends AbstractModule {

    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), Routes.class).addBinding().to(StatusResource.class);
    }
}
