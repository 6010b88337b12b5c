package org.jpulp.beat.liveness;

import org.jpulp.common.liveness.ProcessRecord;
import org.jpulp.common.task.LostWorkerRecovery;

/** Recovers the tasks of a lost worker (other lost processes hold no tasks). */
final class LostWorkerTasks implements LostProcessHandler {

    private final LostWorkerRecovery recovery;

    LostWorkerTasks(LostWorkerRecovery recovery) {
        this.recovery = recovery;
    }

    @Override
    public void onLost(ProcessRecord lost) {
        if (lost.name().startsWith("reserved_resource_worker-")) {
            recovery.recover(lost.name(), "no heartbeat since " + lost.lastHeartbeat());
        }
    }
}
