package org.jpulp.restapi.task;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import org.jpulp.restapi.http.Routes;

/** The tasks endpoints. */
public final class TaskModule extends AbstractModule {

    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), Routes.class).addBinding().to(TaskResource.class);
    }
}
