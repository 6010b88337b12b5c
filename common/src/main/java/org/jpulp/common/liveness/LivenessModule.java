package org.jpulp.common.liveness;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.multibindings.ProvidesIntoSet;
import java.time.Clock;
import org.jpulp.common.cli.ProcessName;
import org.jpulp.common.config.TasksConfig;
import org.jpulp.common.lifecycle.Managed;

/** Makes the process heartbeat under its {@link ProcessName}; installed by beat, resource manager and workers. */
public final class LivenessModule extends AbstractModule {

    @ProvidesIntoSet
    Managed heartbeat(Heartbeat heartbeat) {
        return heartbeat;
    }

    @Provides
    @jakarta.inject.Singleton
    Heartbeat newHeartbeat(ProcessName name, ProcessRegistry registry, Clock clock, TasksConfig tasks) {
        return new Heartbeat(name.value(), registry, clock, tasks.heartbeatInterval());
    }
}
