package org.jpulp.common.download;

import java.io.IOException;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.function.LongConsumer;

/**
 * Streams a response body into the request's destination while hashing it, stops as soon as the body is larger
 * than expected, and can be aborted from another thread (cancellation, read timeout).
 */
final class FileBodySubscriber implements BodySubscriber<FileBodySubscriber.Received> {

    record Received(long size, String sha256) {
    }

    private final DownloadRequest request;
    private final long contentLength;
    private final Throttle throttle;
    private final LongConsumer progress;
    private final MessageDigest sha256 = newSha256();
    private final CompletableFuture<Received> body = new CompletableFuture<>();
    private volatile Flow.Subscription subscription;
    private volatile long lastActivityNanos = System.nanoTime();
    private volatile long received;
    private volatile FileChannel channel;

    FileBodySubscriber(DownloadRequest request, long contentLength, Throttle throttle, LongConsumer progress) {
        this.request = request;
        this.contentLength = contentLength;
        this.throttle = throttle;
        this.progress = progress;
    }

    long received() {
        return received;
    }

    long contentLength() {
        return contentLength;
    }

    long lastActivityNanos() {
        return lastActivityNanos;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        try {
            channel = FileChannel.open(request.destination(), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            abort(DownloadException.permanent(request.url(), "cannot write " + request.destination() + ": " + e));
            return;
        }
        if (body.isDone()) {
            s.cancel();
            closeChannel();
            return;
        }
        s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        FileChannel out = channel;
        if (body.isDone() || out == null) {
            return;
        }
        long n = 0;
        try {
            for (ByteBuffer item : items) {
                int length = item.remaining();
                sha256.update(item.duplicate());
                while (item.hasRemaining()) {
                    out.write(item);
                }
                n += length;
            }
            received += n;
            lastActivityNanos = System.nanoTime();
            progress.accept(n);
            Long expected = request.expectedSize();
            if (expected != null && received > expected) {
                abort(DownloadException.permanent(request.url(), "size mismatch: expected " + expected
                        + " bytes, the server sent more"));
                return;
            }
            if (throttle != null) {
                throttle.pass(n);
            }
        } catch (IOException e) {
            abort(DownloadException.permanent(request.url(), "cannot write " + request.destination() + ": " + e));
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abort(new DownloadCanceledException(request.url()));
            return;
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable t) {
        closeChannel();
        body.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        if (closeChannel()) {
            body.complete(new Received(received, HexFormat.of().formatHex(sha256.digest())));
        } else {
            body.completeExceptionally(DownloadException.permanent(request.url(), "cannot close "
                    + request.destination()));
        }
    }

    @Override
    public CompletionStage<Received> getBody() {
        return body;
    }

    /** Stops the transfer and fails the body with {@code reason}; harmless after completion. */
    void abort(DownloadException reason) {
        if (body.completeExceptionally(reason)) {
            Flow.Subscription s = subscription;
            if (s != null) {
                s.cancel();
            }
            closeChannel();
        }
    }

    private synchronized boolean closeChannel() {
        if (channel == null) {
            return true;
        }
        try {
            channel.close();
            return true;
        } catch (IOException e) {
            return false;
        } finally {
            channel = null;
        }
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
