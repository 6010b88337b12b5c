package org.jpulp.worker.execution;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.ProvidesIntoSet;
import java.time.Clock;
import java.util.Set;
import org.jpulp.common.cli.ProcessName;
import org.jpulp.common.config.ServerConfig;
import org.jpulp.common.lifecycle.Managed;
import org.jpulp.common.messaging.Messaging;
import org.jpulp.common.schedule.ScheduleStoreModule;
import org.jpulp.common.task.ReservationStore;
import org.jpulp.common.task.TaskDispatcher;
import org.jpulp.common.task.TaskEndListener;
import org.jpulp.common.task.TaskStore;
import org.jpulp.common.task.TaskType;

/** The task executor and the built-in task types; plugins add theirs to the {@link TaskType} set. */
public final class ExecutionModule extends AbstractModule {

    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), TaskType.class).addBinding().to(NoopTask.class);
        install(new ScheduleStoreModule());
        Multibinder.newSetBinder(binder(), TaskEndListener.class).addBinding().to(ScheduleOutcomeRecorder.class);
    }

    @ProvidesIntoSet
    Managed executor(ProcessName name, TaskStore tasks, ReservationStore reservations, Messaging messaging,
                     TaskDispatcher dispatcher, TaskTypes types, Set<TaskEndListener> endListeners, Clock clock,
                     ObjectMapper mapper, ServerConfig server) {
        return new TaskExecutor(name.value(), tasks, reservations, messaging, dispatcher, types, endListeners, clock,
                mapper, server.workingDirectory());
    }
}
