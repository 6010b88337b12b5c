package org.jpulp.devstack;

import java.util.concurrent.CountDownLatch;
import sun.misc.Signal;

/** Keeps an embedded server's process alive until SIGTERM or SIGINT, then stops the server and exits 0. */
public final class ServerProcess {

    private ServerProcess() {
    }

    public static int runUntilStopped(String readyLine, Runnable stop) throws InterruptedException {
        CountDownLatch stopRequested = new CountDownLatch(1);
        Signal.handle(new Signal("TERM"), s -> stopRequested.countDown());
        Signal.handle(new Signal("INT"), s -> stopRequested.countDown());
        System.out.println(readyLine);
        System.out.flush();
        stopRequested.await();
        stop.run();
        return 0;
    }
}
