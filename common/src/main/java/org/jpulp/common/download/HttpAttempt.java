package org.jpulp.common.download;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.jpulp.common.time.DurationText;

/**
 * One GET of a download into its destination: sends the request, streams a 200 body through a
 * {@link FileBodySubscriber}, watches for cancellation and stalled bodies while waiting, and turns every failure into
 * a {@link DownloadException} that says whether another attempt may help.
 */
final class HttpAttempt {

    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration ABORT_GRACE = Duration.ofSeconds(2);

    private final HttpClient client;
    private final DownloadOptions options;
    private final Throttle throttle;
    private final String authorization;
    private final BooleanSupplier canceled;

    HttpAttempt(HttpClient client, DownloadOptions options, Throttle throttle, BooleanSupplier canceled) {
        this.client = client;
        this.options = options;
        this.throttle = throttle;
        this.authorization = basic(options.basicAuthUsername(), options.basicAuthPassword());
        this.canceled = canceled;
    }

    FileBodySubscriber.Received run(DownloadRequest request, DownloadListener listener)
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
                Thread.currentThread().interrupt();
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
        if (canceled.getAsBoolean()) {
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

    private static String basic(String user, String password) {
        if (user == null) {
            return null;
        }
        String pair = user + ":" + (password == null ? "" : password);
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }
}
