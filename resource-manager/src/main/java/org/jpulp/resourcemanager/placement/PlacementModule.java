package org.jpulp.resourcemanager.placement;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.ProvidesIntoSet;
import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import java.util.UUID;
import org.jpulp.common.cli.ProcessName;
import org.jpulp.common.config.TasksConfig;
import org.jpulp.common.db.LeaseLock;
import org.jpulp.common.leader.LeaseLeadership;
import org.jpulp.common.lifecycle.Managed;
import org.jpulp.common.liveness.ProcessRegistry;
import org.jpulp.common.messaging.Messaging;
import org.jpulp.common.task.ReservationStore;
import org.jpulp.common.task.TaskStore;

/** The resource manager, active only while it holds the {@code resource_manager} lease. */
public final class PlacementModule extends AbstractModule {

    @ProvidesIntoSet
    Managed leadership(MongoDatabase db, ProcessName name, Clock clock, TasksConfig config, TaskStore tasks,
                       ReservationStore reservations, Messaging messaging, ProcessRegistry processes) {
        LeaseLock lock = new LeaseLock(db, "resource_manager", name + "/" + UUID.randomUUID(), config.workerTimeout(),
                clock);
        ResourceManager manager = new ResourceManager(tasks, reservations, messaging, processes, clock, config);
        return new LeaseLeadership("resource manager", lock, clock, config.heartbeatInterval(), manager);
    }
}
