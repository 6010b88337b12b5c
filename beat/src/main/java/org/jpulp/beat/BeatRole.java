package org.jpulp.beat;

import com.google.inject.Module;
import java.util.List;
import org.jpulp.beat.leader.LeadershipModule;
import org.jpulp.beat.liveness.LostProcessModule;
import org.jpulp.beat.schedule.ScheduleModule;
import org.jpulp.common.cli.Role;
import org.jpulp.common.config.JpulpConfig;
import org.jpulp.common.liveness.LivenessModule;

final class BeatRole implements Role {

    @Override
    public String executable() {
        return "jpulp-beat";
    }

    @Override
    public String summary() {
        return "Initializes and migrates the database schema; while active (one beat at a time), fires schedules and"
                + " watches the heartbeats of every jpulp process.";
    }

    @Override
    public String processName(String host) {
        return "scheduler@" + host;
    }

    @Override
    public boolean initializesSchema() {
        return true;
    }

    /**
     * Leadership first: duties start after it and stop before it releases the lock. {@link ScheduleModule} needs a
     * {@code TaskDispatcher} binding, which the task engine provides.
     */
    @Override
    public List<Module> modules(JpulpConfig config) {
        return List.of(new LivenessModule(), new LeadershipModule(), new LostProcessModule(), new ScheduleModule());
    }
}
