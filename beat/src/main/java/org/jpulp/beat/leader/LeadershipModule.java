package org.jpulp.beat.leader;

import org.jpulp.common.leader.Leadership;
import org.jpulp.common.leader.LeaseLeadership;
import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.multibindings.ProvidesIntoSet;
import com.mongodb.client.MongoDatabase;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.UUID;
import org.jpulp.common.cli.ProcessName;
import org.jpulp.common.config.TasksConfig;
import org.jpulp.common.db.LeaseLock;
import org.jpulp.common.lifecycle.Managed;

/**
 * Binds {@link Leadership}: the lock {@value #LOCK_NAME} with a lease of {@code [tasks] worker_timeout}, tried
 * every heartbeat interval. Install it before the modules of the duties that ask for it, so it starts first.
 */
public final class LeadershipModule extends AbstractModule {

    public static final String LOCK_NAME = "scheduler";

    @Override
    protected void configure() {
        bind(Leadership.class).to(LeaseLeadership.class);
    }

    @Provides
    @Singleton
    LeaseLeadership leadership(MongoDatabase db, ProcessName name, TasksConfig tasks, Clock clock) {
        // two beats on one host share a process name, so the owner gets an instance suffix
        String owner = name.value() + "/" + UUID.randomUUID().toString().substring(0, 8);
        LeaseLock lock = new LeaseLock(db, LOCK_NAME, owner, tasks.workerTimeout(), clock);
        return new LeaseLeadership("beat", lock, clock, tasks.heartbeatInterval(), LeaseLeadership.Listener.NONE);
    }

    @ProvidesIntoSet
    Managed managed(LeaseLeadership leadership) {
        return leadership;
    }
}
