package org.jpulp.devstack.process;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Stops a process politely (SIGTERM), and forcibly (SIGKILL) only if it does not exit within the grace period. */
public final class Terminator {

    private Terminator() {
    }

    /** Returns true if the process exited on SIGTERM within {@code grace}; false if it had to be killed. */
    public static boolean terminate(ProcessHandle process, Duration grace) {
        if (!process.isAlive()) {
            return true;
        }
        process.destroy();
        if (awaitExit(process, grace)) {
            return true;
        }
        process.destroyForcibly();
        awaitExit(process, Duration.ofSeconds(10));
        return false;
    }

    public static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
