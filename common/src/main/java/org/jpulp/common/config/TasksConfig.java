package org.jpulp.common.config;

import java.time.Duration;

/**
 * {@code [tasks] worker_timeout} and the timings Pulp 2.16+ derives from it: a heartbeat every fifth of
 * the timeout, and a process counts as lost once its last heartbeat is older than timeout minus one
 * heartbeat interval (30 s gives 6 s and 24 s).
 */
public record TasksConfig(Duration workerTimeout) {

    public Duration heartbeatInterval() {
        return workerTimeout.dividedBy(5);
    }

    public Duration lostAfter() {
        return workerTimeout.minus(heartbeatInterval());
    }
}
