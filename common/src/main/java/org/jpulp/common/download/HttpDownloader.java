package org.jpulp.common.download;

import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
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
    private final HttpAttempt httpAttempt;
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
        this.clientThreads = Executors.newCachedThreadPool(daemonThreads("jpulp-http-"));
        this.httpAttempt = new HttpAttempt(newClient(), options,
                options.maxSpeed() == null ? null : new Throttle(options.maxSpeed()), this::isCanceled);
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
                FileBodySubscriber.Received received = httpAttempt.run(request, listener);
                return validated(request, received, attempt);
            } catch (DownloadCanceledException e) {
                throw e;
            } catch (DownloadException e) {
                if (!e.retryable() || attempt >= retry.attempts()) {
                    throw e.afterAttempts(attempt);
                }
                LOG.debug("attempt {} of {} failed: {}", attempt, request.url(), e.reason());
                pause(request, retry.backoff(attempt));
            }
        }
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


    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
