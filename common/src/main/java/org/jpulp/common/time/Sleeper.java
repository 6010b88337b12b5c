package org.jpulp.common.time;

import java.time.Duration;

/** Waiting between retries, replaceable in tests so that no test has to sleep. */
@FunctionalInterface
public interface Sleeper {

    Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
