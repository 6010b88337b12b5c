package org.jpulp.beat.liveness;

import org.jpulp.common.liveness.ProcessRecord;

/** Reacts to a process whose heartbeats stopped, before its liveness record is removed. */
@FunctionalInterface
public interface LostProcessHandler {

    void onLost(ProcessRecord lost);
}
