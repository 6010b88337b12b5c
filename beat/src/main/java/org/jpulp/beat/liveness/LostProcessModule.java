package org.jpulp.beat.liveness;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import com.google.inject.multibindings.ProvidesIntoSet;
import java.time.Clock;
import java.util.Set;
import org.jpulp.common.leader.Leadership;
import org.jpulp.common.config.TasksConfig;
import org.jpulp.common.lifecycle.Managed;
import org.jpulp.common.liveness.ProcessRegistry;
import org.jpulp.common.messaging.Messaging;
import org.jpulp.common.task.LostWorkerRecovery;
import org.jpulp.common.task.ReservationStore;
import org.jpulp.common.task.TaskStore;

/** Binds the watch that retires processes whose heartbeats stopped, and the recovery of a lost worker's tasks. */
public final class LostProcessModule extends AbstractModule {

    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), LostProcessHandler.class);
    }

    @ProvidesIntoSet
    LostProcessHandler lostWorkerTasks(TaskStore tasks, ReservationStore reservations, Messaging messaging, Clock clock) {
        return new LostWorkerTasks(new LostWorkerRecovery(tasks, reservations, messaging, clock));
    }

    @ProvidesIntoSet
    Managed watch(ProcessRegistry registry, Clock clock, TasksConfig tasks, Set<LostProcessHandler> handlers,
                  Leadership leadership) {
        return new LostProcessWatch(registry, clock, tasks, handlers, leadership);
    }
}
