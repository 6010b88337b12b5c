package org.jpulp.common.lifecycle;

import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts managed objects in order and stops the started ones in reverse order, once. */
public final class Lifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(Lifecycle.class);

    private final Deque<Named> started = new ArrayDeque<>();

    public synchronized void start(String name, Managed managed) throws Exception {
        managed.start();
        started.push(new Named(name, managed));
        LOG.debug("started {}", name);
    }

    /** Stops everything started so far; a failure to stop one is logged and does not keep the others running. */
    public synchronized void stopAll() {
        while (!started.isEmpty()) {
            Named next = started.pop();
            try {
                next.managed().stop();
                LOG.debug("stopped {}", next.name());
            } catch (Exception e) {
                LOG.warn("stopping {} failed: {}", next.name(), e.toString());
            }
        }
    }

    private record Named(String name, Managed managed) {
    }
}
