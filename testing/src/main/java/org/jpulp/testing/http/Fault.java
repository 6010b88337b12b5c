package org.jpulp.testing.http;

import java.util.concurrent.CountDownLatch;

/** Something a {@link FixtureServer} does instead of serving a file normally. */
public sealed interface Fault {

    /** Answer with this status and a short body. */
    record Status(int code) implements Fault {
    }

    /** Announce the full length, send only the first {@code bytes} bytes, then drop the connection. */
    record Truncate(int bytes) implements Fault {
    }

    /** Announce the full length, send the first {@code bytes} bytes, then wait until {@code release} opens. */
    record Hang(int bytes, CountDownLatch release) implements Fault {
    }

    /** Serve this body instead of the file's (e.g. a different size than the manifest says). */
    record Body(byte[] content) implements Fault {
    }

    static Fault status(int code) {
        return new Status(code);
    }

    static Fault truncate(int bytes) {
        return new Truncate(bytes);
    }

    static Fault hang(int bytes, CountDownLatch release) {
        return new Hang(bytes, release);
    }

    static Fault body(byte[] content) {
        return new Body(content);
    }
}
