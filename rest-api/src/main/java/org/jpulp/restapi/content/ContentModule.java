package org.jpulp.restapi.content;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import org.jpulp.restapi.http.Routes;

/** The embedded content frontend ({@code /pulp/isos/}, {@code /pulp/repos/}). */
public final class ContentModule extends AbstractModule {

    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), Routes.class).addBinding().to(ContentFrontend.class);
    }
}
