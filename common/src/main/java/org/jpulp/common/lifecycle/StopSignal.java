package org.jpulp.common.lifecycle;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * Turns SIGTERM and SIGINT into an orderly stop request. The JVM's default handling would run shutdown hooks
 * and exit with 143; handling the signals ourselves lets the main thread stop services in order and exit 0.
 * A stop requested during start-up interrupts the starting thread so blocking waits end early.
 */
public final class StopSignal {

    private static final Logger LOG = LoggerFactory.getLogger(StopSignal.class);

    private static final Duration STARTUP_STOP_GRACE = Duration.ofSeconds(15);

    private final CountDownLatch requested = new CountDownLatch(1);
    private final Thread mainThread;
    private volatile boolean running;

    private StopSignal(Thread mainThread) {
        this.mainThread = mainThread;
    }

    public static StopSignal install() {
        StopSignal signal = new StopSignal(Thread.currentThread());
        Signal.handle(new Signal("TERM"), s -> signal.request("SIGTERM"));
        Signal.handle(new Signal("INT"), s -> signal.request("SIGINT"));
        return signal;
    }

    /** For tests and embedded use: a stop signal not tied to OS signals. */
    public static StopSignal manual() {
        return new StopSignal(Thread.currentThread());
    }

    public void request(String reason) {
        if (requested.getCount() == 0) {
            return;
        }
        LOG.info("stop requested ({})", reason);
        requested.countDown();
        if (!running) {
            mainThread.interrupt();
            forceExitIfStartupHangs();
        }
    }

    private static void forceExitIfStartupHangs() {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(STARTUP_STOP_GRACE.toMillis());
                LOG.warn("start-up did not stop within {} s; exiting now", STARTUP_STOP_GRACE.toSeconds());
                Runtime.getRuntime().halt(0);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "jpulp-stop-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    public boolean isRequested() {
        return requested.getCount() == 0;
    }

    /** Marks start-up as done: from now on a stop request no longer interrupts the main thread. */
    public void running() {
        running = true;
    }

    public void await() throws InterruptedException {
        requested.await();
    }
}
