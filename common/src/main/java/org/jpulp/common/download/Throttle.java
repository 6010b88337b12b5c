package org.jpulp.common.download;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** {@code max_speed}: keeps the bytes of all downloads of one downloader at or below a rate, by making readers wait. */
final class Throttle {

    private final double bytesPerSecond;
    private final long startNanos = System.nanoTime();
    private long granted;

    Throttle(double bytesPerSecond) {
        this.bytesPerSecond = bytesPerSecond;
    }

    /** Accounts for {@code bytes} and waits until they fit in the rate. */
    void pass(long bytes) throws InterruptedException {
        long due;
        synchronized (this) {
            granted += bytes;
            due = startNanos + (long) (granted / bytesPerSecond * TimeUnit.SECONDS.toNanos(1));
        }
        long wait = due - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(Duration.ofNanos(wait).toMillis(), (int) (wait % 1_000_000));
        }
    }
}
