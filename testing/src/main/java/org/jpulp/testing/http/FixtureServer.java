package org.jpulp.testing.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;

/**
 * A loopback HTTP(S) server for download tests: serves in-memory files, counts requests per path and the highest
 * number of requests in flight at once, and injects {@link Fault}s (statuses, cut-off and hanging bodies, other
 * bodies). Optionally requires basic auth, and can hold each request until a number of them are in flight, which
 * makes concurrency limits observable without timing assumptions.
 */
public final class FixtureServer implements AutoCloseable {

    private static final String NODELAY = "sun.net.httpserver.nodelay";

    static {
        // Like nginx and Apache, answer on kept-alive connections without Nagle's algorithm: the JDK server writes the
        // headers and the body separately, and without TCP_NODELAY the body waits for the client's delayed ACK
        // (40 ms on Linux) on every request after a connection's first. Read once, when the first server starts.
        if (System.getProperty(NODELAY) == null) {
            System.setProperty(NODELAY, "true");
        }
    }

    private record Planned(Fault fault, AtomicInteger remaining) {
    }

    private final HttpServer server;
    private final ExecutorService threads;
    private final String scheme;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Map<String, Planned> faults = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final List<Consumer<String>> requestHooks = new CopyOnWriteArrayList<>();
    private final List<CountDownLatch> hanging = new CopyOnWriteArrayList<>();
    private final AtomicInteger total = new AtomicInteger();
    private final Object flight = new Object();
    private int inFlight;
    private int maxInFlight;
    private volatile String expectedAuthorization;
    private volatile int holdUntil;
    private volatile Duration holdAtMost = Duration.ZERO;

    private FixtureServer(HttpServer server, String scheme) {
        this.server = server;
        this.scheme = scheme;
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fixture-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /** A plain HTTP server on a free loopback port. */
    public static FixtureServer http() {
        try {
            return new FixtureServer(HttpServer.create(loopback(), 64), "http");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An HTTPS server with the given context; {@code needClientAuth} demands a client certificate. */
    public static FixtureServer https(SSLContext context, boolean needClientAuth) {
        try {
            HttpsServer server = HttpsServer.create(loopback(), 64);
            server.setHttpsConfigurator(new HttpsConfigurator(context) {
                @Override
                public void configure(HttpsParameters params) {
                    javax.net.ssl.SSLParameters ssl = context.getDefaultSSLParameters();
                    ssl.setNeedClientAuth(needClientAuth);
                    params.setSSLParameters(ssl);
                }
            });
            return new FixtureServer(server, "https");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InetSocketAddress loopback() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    }

    /** {@code scheme://127.0.0.1:port/} */
    public URI base() {
        return URI.create(scheme + "://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    public URI uri(String path) {
        return base().resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Serves {@code body} at {@code path} (a raw, already encoded path such as {@code /repo/a%20b.iso}). */
    public FixtureServer put(String path, byte[] body) {
        files.put(path, body.clone());
        return this;
    }

    public FixtureServer put(String path, String body) {
        return put(path, body.getBytes(StandardCharsets.UTF_8));
    }

    public FixtureServer remove(String path) {
        files.remove(path);
        return this;
    }

    /** The next {@code times} requests of {@code path} get {@code fault}. */
    public FixtureServer fault(String path, Fault fault, int times) {
        faults.put(path, new Planned(fault, new AtomicInteger(times)));
        return this;
    }

    /** Every request of {@code path} gets {@code fault} until {@link #clearFaults()}. */
    public FixtureServer fault(String path, Fault fault) {
        return fault(path, fault, Integer.MAX_VALUE);
    }

    public FixtureServer clearFaults() {
        faults.clear();
        return this;
    }

    public FixtureServer requireBasicAuth(String user, String password) {
        expectedAuthorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Holds each request until {@code n} are in flight at once, or {@code atMost} has passed. */
    public FixtureServer holdUntilInFlight(int n, Duration atMost) {
        holdUntil = n;
        holdAtMost = atMost;
        return this;
    }

    /** Runs {@code hook} with the raw path of every request as it arrives, before it is answered. */
    public FixtureServer onRequest(Consumer<String> hook) {
        requestHooks.add(hook);
        return this;
    }

    public int requests(String path) {
        AtomicInteger n = counts.get(path);
        return n == null ? 0 : n.get();
    }

    public int totalRequests() {
        return total.get();
    }

    /**
     * The most requests that were in flight at once, a request counting from its arrival until the server starts
     * answering it (a client that has received a whole answer may send its next request before the server thread has
     * finished, so counting until then would over-count).
     */
    public int maxInFlight() {
        synchronized (flight) {
            return maxInFlight;
        }
    }

    public void resetCounters() {
        counts.clear();
        total.set(0);
        synchronized (flight) {
            maxInFlight = 0;
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        counts.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        total.incrementAndGet();
        enter();
        boolean answering = false;
        try (exchange) {
            requestHooks.forEach(h -> h.accept(path));
            hold();
            leave();
            answering = true;
            if (expectedAuthorization != null
                    && !expectedAuthorization.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"fixture\"");
                respond(exchange, 401, "unauthorized");
                return;
            }
            serve(exchange, path);
        } finally {
            if (!answering) {
                leave();
            }
        }
    }

    private void serve(HttpExchange exchange, String path) throws IOException {
        byte[] body = files.get(path);
        Fault fault = nextFault(path);
        if (fault instanceof Fault.Status s) {
            respond(exchange, s.code(), "fault " + s.code());
        } else if (body == null && !(fault instanceof Fault.Body)) {
            respond(exchange, 404, "not found");
        } else if (fault instanceof Fault.Body b) {
            respond(exchange, 200, b.content());
        } else if (fault instanceof Fault.Truncate t) {
            exchange.sendResponseHeaders(200, body.length);
            OutputStream out = exchange.getResponseBody();
            out.write(body, 0, Math.min(t.bytes(), body.length));
            out.flush();
            throw new IOException("fixture truncates " + path);
        } else if (fault instanceof Fault.Hang h) {
            hanging.add(h.release());
            exchange.sendResponseHeaders(200, body.length);
            OutputStream out = exchange.getResponseBody();
            out.write(body, 0, Math.min(h.bytes(), body.length));
            out.flush();
            await(h.release());
            throw new IOException("fixture dropped hanging " + path);
        } else {
            respond(exchange, 200, body);
        }
    }

    private Fault nextFault(String path) {
        Planned p = faults.get(path);
        if (p == null) {
            return null;
        }
        return p.remaining().getAndDecrement() > 0 ? p.fault() : null;
    }

    private static void respond(HttpExchange exchange, int status, String text) throws IOException {
        respond(exchange, status, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private void enter() {
        synchronized (flight) {
            inFlight++;
            maxInFlight = Math.max(maxInFlight, inFlight);
            flight.notifyAll();
        }
    }

    private void leave() {
        synchronized (flight) {
            inFlight--;
        }
    }

    private void hold() {
        int n = holdUntil;
        if (n <= 1) {
            return;
        }
        long deadline = System.nanoTime() + holdAtMost.toNanos();
        synchronized (flight) {
            while (inFlight < n && maxInFlight < n) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(flight, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        hanging.forEach(CountDownLatch::countDown);
        server.stop(0);
        threads.shutdownNow();
    }
}
