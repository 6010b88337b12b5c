package org.jpulp.common.download;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.jpulp.common.time.DurationText;
import org.jpulp.common.time.Sleeper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Downloader} on the JDK HTTP client (HTTP/1.1, connections kept alive and reused). Each download streams into
 * its destination while hashing; at most {@code max_downloads} run at once; connection errors, cut-off bodies and
 * 5xx/408/429 answers are retried with exponential backoff, other statuses (404...) and validation failures are not.
 * Cancellation ({@code canceled} turning true) stops transfers in flight within a fraction of a second.
 */
public final class HttpDownloader implements Downloader {

    private static final Logger LOG = LoggerFactory.getLogger(HttpDownloader.class);
    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration ABORT_GRACE = Duration.ofSeconds(2);
    private static final Duration PAUSE_SLICE = Duration.ofMillis(250);
    private static final String TUNNELING_SCHEMES = "jdk.http.auth.tunneling.disabledSchemes";

    static {
        // Pulp 2 proxies take Basic credentials also for HTTPS tunnels; the JDK refuses Basic there by default.
        // The property is read once, when the JDK's HTTP client is first used; set it unless the operator did.
        if (System.getProperty(TUNNELING_SCHEMES) == null) {
            System.setProperty(TUNNELING_SCHEMES, "");
        }
    }

    private final DownloadOptions options;
    private final BooleanSupplier canceled;
    private final Sleeper sleeper;
    private final ExecutorService clientThreads;
    private final HttpClient client;
    private final Throttle throttle;
    private final String authorization;
    private final AtomicBoolean interrupted = new AtomicBoolean();

    public HttpDownloader(DownloadOptions options, BooleanSupplier canceled) {
        this(options, canceled, Sleeper.SYSTEM);
    }

    /**
     * @param canceled polled while downloading; once true, downloads stop with {@link DownloadCanceledException}
     * @param sleeper  waits between retries
     * @throws IllegalArgumentException when the TLS material cannot be read (the message names the config key)
     */
    public HttpDownloader(DownloadOptions options, BooleanSupplier canceled, Sleeper sleeper) {
        this.options = Objects.requireNonNull(options, "options");
        this.canceled = Objects.requireNonNull(canceled, "canceled");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.throttle = options.maxSpeed() == null ? null : new Throttle(options.maxSpeed());
        this.authorization = basic(options.basicAuthUsername(), options.basicAuthPassword());
        this.clientThreads = Executors.newCachedThreadPool(daemonThreads("jpulp-http-"));
        this.client = newClient();
    }

    private HttpClient newClient() {
        HttpClient.Builder b = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(options.connectTimeout())
                .executor(clientThreads);
        if (!options.sslValidation() || options.sslCaCert() != null || options.sslClientCert() != null) {
            try {
                b.sslContext(TlsContexts.create(options));
            } catch (GeneralSecurityException e) {
                clientThreads.shutdown();
                throw new IllegalArgumentException("invalid TLS settings: " + e.getMessage(), e);
            }
        }
        if (options.proxyHost() != null) {
            b.proxy(ProxySelector.of(proxyAddress()));
            if (options.proxyUsername() != null) {
                b.authenticator(new ProxyAuthenticator(options.proxyUsername(), options.proxyPassword()));
            }
        }
        return b.build();
    }

    /** {@code proxy_host} may be a bare host or a URL ({@code http://proxy:3128}); {@code proxy_port} wins. */
    private InetSocketAddress proxyAddress() {
        String host = options.proxyHost();
        int port = -1;
        if (host.contains("://")) {
            URI uri = URI.create(host);
            host = uri.getHost();
            port = uri.getPort();
        }
        if (options.proxyPort() != null) {
            port = options.proxyPort();
        }
        return InetSocketAddress.createUnresolved(host, port > 0 ? port : 80);
    }

    @Override
    public DownloadResult fetch(DownloadRequest request) throws DownloadException {
        return fetch(request, DownloadListener.NONE);
    }

    @Override
    public List<DownloadOutcome> fetchAll(List<DownloadRequest> requests, DownloadListener listener) {
        if (requests.isEmpty()) {
            return List.of();
        }
        int threads = Math.min(options.maxDownloads(), requests.size());
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads("jpulp-download-"));
        try {
            List<Future<DownloadOutcome>> futures = new ArrayList<>();
            for (DownloadRequest r : requests) {
                futures.add(pool.submit(() -> fetchOne(r, listener)));
            }
            List<DownloadOutcome> outcomes = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                outcomes.add(await(futures.get(i), requests.get(i)));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Waits for one download; an interrupt of the caller cancels every download, which then end quickly. */
    private DownloadOutcome await(Future<DownloadOutcome> future, DownloadRequest request) {
        boolean wasInterrupted = false;
        try {
            while (true) {
                try {
                    return future.get();
                } catch (InterruptedException e) {
                    wasInterrupted = true;
                    interrupted.set(true);
                } catch (ExecutionException e) {
                    return new DownloadOutcome(request, null, DownloadException.permanent(request.url(),
                            "unexpected error: " + e.getCause()));
                }
            }
        } finally {
            if (wasInterrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private DownloadOutcome fetchOne(DownloadRequest request, DownloadListener listener) {
        DownloadException error;
        try {
            DownloadResult result = fetch(request, listener);
            try {
                listener.succeeded(result);
                return new DownloadOutcome(request, result, null);
            } catch (Exception e) {
                error = new DownloadException(request.url(), "downloaded, but could not be stored: " + e.getMessage(),
                        -1, false, e);
            }
        } catch (DownloadException e) {
            error = e;
        }
        try {
            listener.failed(request, error);
        } catch (RuntimeException e) {
            LOG.warn("download listener failed on {}: {}", request.url(), e.toString());
        }
        return new DownloadOutcome(request, null, error);
    }

    private DownloadResult fetch(DownloadRequest request, DownloadListener listener) throws DownloadException {
        RetryPolicy retry = options.retry();
        for (int attempt = 1; ; attempt++) {
            checkCanceled(request);
            try {
                FileBodySubscriber.Received received = attempt(request, listener);
                return validated(request, received, attempt);
            } catch (DownloadException e) {
                if (!e.retryable() || attempt >= retry.attempts()) {
                    throw e.afterAttempts(attempt);
                }
                LOG.debug("attempt {} of {} failed: {}", attempt, request.url(), e.reason());
                pause(request, retry.backoff(attempt));
            }
        }
    }

    private FileBodySubscriber.Received attempt(DownloadRequest request, DownloadListener listener)
            throws DownloadException {
        HttpRequest.Builder rb = HttpRequest.newBuilder(request.url()).GET().timeout(options.readTimeout())
                .header("User-Agent", "jpulp");
        if (authorization != null) {
            rb.header("Authorization", authorization);
        }
        AtomicReference<FileBodySubscriber> body = new AtomicReference<>();
        BodyHandler<FileBodySubscriber.Received> handler = info -> {
            if (info.statusCode() != 200) {
                return BodySubscribers.replacing(null);
            }
            FileBodySubscriber s = new FileBodySubscriber(request,
                    info.headers().firstValueAsLong("Content-Length").orElse(-1), throttle,
                    n -> listener.bytesReceived(request, n));
            body.set(s);
            return s;
        };
        HttpResponse<FileBodySubscriber.Received> response = await(request, client.sendAsync(rb.build(), handler),
                body);
        if (response.statusCode() != 200) {
            int status = response.statusCode();
            throw new DownloadException(request.url(), HttpStatusText.of(status), status,
                    HttpStatusText.retryable(status), null);
        }
        FileBodySubscriber.Received received = response.body();
        long contentLength = body.get().contentLength();
        if (contentLength >= 0 && received.size() != contentLength) {
            throw DownloadException.transientFailure(request.url(), "truncated: received " + received.size()
                    + " of " + contentLength + " bytes", null);
        }
        return received;
    }

    private HttpResponse<FileBodySubscriber.Received> await(DownloadRequest request,
            CompletableFuture<HttpResponse<FileBodySubscriber.Received>> future,
            AtomicReference<FileBodySubscriber> body) throws DownloadException {
        long abortedAt = 0;
        DownloadException abortReason = null;
        while (true) {
            try {
                return future.get(POLL.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                throw translate(request, e.getCause(), body.get());
            } catch (InterruptedException e) {
                interrupted.set(true);
                future.cancel(true);
                FileBodySubscriber s = body.get();
                if (s != null) {
                    s.abort(new DownloadCanceledException(request.url()));
                }
                throw new DownloadCanceledException(request.url());
            } catch (TimeoutException e) {
                if (abortReason != null) {
                    if (System.nanoTime() - abortedAt > ABORT_GRACE.toNanos()) {
                        future.cancel(true);
                        throw abortReason;
                    }
                    continue;
                }
                abortReason = abortReason(request, body.get());
                if (abortReason != null) {
                    abortedAt = System.nanoTime();
                    FileBodySubscriber s = body.get();
                    if (s == null) {
                        future.cancel(true);
                        throw abortReason;
                    }
                    s.abort(abortReason);
                }
            }
        }
    }

    private DownloadException abortReason(DownloadRequest request, FileBodySubscriber body) {
        if (isCanceled()) {
            return new DownloadCanceledException(request.url());
        }
        if (body != null && System.nanoTime() - body.lastActivityNanos() > options.readTimeout().toNanos()) {
            return DownloadException.transientFailure(request.url(), "no data for "
                    + DurationText.seconds(options.readTimeout()) + " after " + body.received() + " bytes", null);
        }
        return null;
    }

    private DownloadException translate(DownloadRequest request, Throwable cause, FileBodySubscriber body) {
        Throwable t = cause;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        URI url = request.url();
        if (t instanceof DownloadException d) {
            return d;
        }
        if (t instanceof HttpConnectTimeoutException) {
            return DownloadException.transientFailure(url, "connect timed out after "
                    + DurationText.seconds(options.connectTimeout()), t);
        }
        if (t instanceof HttpTimeoutException) {
            return DownloadException.transientFailure(url, "no response within "
                    + DurationText.seconds(options.readTimeout()), t);
        }
        if (t instanceof SSLHandshakeException) {
            return new DownloadException(url, "TLS handshake failed: " + t.getMessage(), -1, false, t);
        }
        if (t instanceof ConnectException) {
            return DownloadException.transientFailure(url, "cannot connect: " + describe(t), t);
        }
        if (t instanceof IOException || t instanceof SSLException) {
            if (body != null && body.contentLength() >= 0 && body.received() < body.contentLength()) {
                return DownloadException.transientFailure(url, "truncated: received " + body.received() + " of "
                        + body.contentLength() + " bytes (" + describe(t) + ")", t);
            }
            if (body == null && "https".equalsIgnoreCase(url.getScheme())) {
                return DownloadException.transientFailure(url, "connection failed: " + describe(t) + " (an HTTPS "
                        + "server also closes the connection like this when it refuses a missing or untrusted client "
                        + "certificate, see ssl_client_cert)", t);
            }
            return DownloadException.transientFailure(url, "connection failed: " + describe(t), t);
        }
        return new DownloadException(url, "unexpected error: " + t, -1, false, t);
    }

    private static String describe(Throwable t) {
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
    }

    private static DownloadResult validated(DownloadRequest request, FileBodySubscriber.Received received,
                                            int attempts) throws DownloadException {
        Long expectedSize = request.expectedSize();
        if (expectedSize != null && received.size() != expectedSize) {
            throw DownloadException.permanent(request.url(), "size mismatch: expected " + expectedSize
                    + " bytes, got " + received.size() + " bytes");
        }
        String expectedSha256 = request.expectedSha256();
        if (expectedSha256 != null && !expectedSha256.equals(received.sha256())) {
            throw DownloadException.permanent(request.url(), "checksum mismatch: expected sha256 " + expectedSha256
                    + ", got " + received.sha256());
        }
        return new DownloadResult(request, received.size(), received.sha256(), attempts);
    }

    private void pause(DownloadRequest request, Duration backoff) throws DownloadException {
        Duration left = backoff;
        try {
            while (!left.isZero() && !left.isNegative()) {
                Duration slice = left.compareTo(PAUSE_SLICE) < 0 ? left : PAUSE_SLICE;
                sleeper.sleep(slice);
                left = left.minus(slice);
                checkCanceled(request);
            }
        } catch (InterruptedException e) {
            interrupted.set(true);
            Thread.currentThread().interrupt();
            throw new DownloadCanceledException(request.url());
        }
    }

    private boolean isCanceled() {
        return interrupted.get() || canceled.getAsBoolean();
    }

    private void checkCanceled(DownloadRequest request) throws DownloadCanceledException {
        if (isCanceled()) {
            throw new DownloadCanceledException(request.url());
        }
    }

    @Override
    public void close() {
        clientThreads.shutdownNow();
    }

    private static String basic(String user, String password) {
        if (user == null) {
            return null;
        }
        String pair = user + ":" + (password == null ? "" : password);
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
