package org.jpulp.restapi.task;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.OptionalBinder;
import org.jpulp.common.error.NoWorkers;
import org.jpulp.common.task.TaskDispatcher;

/**
 * The {@link TaskDispatcher} the REST API queues work with. The task engine supplies the real one by overriding
 * this optional binding in its own module:
 * {@code OptionalBinder.newOptionalBinder(binder(), TaskDispatcher.class).setBinding().to(...)}. Until it does,
 * every operation that queues a task answers 503 (PLP0024) after validating the request.
 */
public final class TaskDispatchModule extends AbstractModule {

    @Override
    protected void configure() {
        OptionalBinder.newOptionalBinder(binder(), TaskDispatcher.class).setDefault()
                .toInstance(request -> {
                    throw new NoWorkers("No task engine is installed in this REST API process; cannot queue "
                            + request.taskType());
                });
    }
}
