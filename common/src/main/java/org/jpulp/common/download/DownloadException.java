package org.jpulp.common.download;

import java.io.IOException;
import java.net.URI;

/**
 * A download that failed; the message names the URL and the cause, e.g.
 * {@code http://h/f/1.iso: HTTP 404 Not Found}.
 */
public class DownloadException extends IOException {

    private final URI url;
    private final String reason;
    private final int statusCode;
    private final boolean retryable;

    public DownloadException(URI url, String reason, int statusCode, boolean retryable, Throwable cause) {
        super(url + ": " + reason, cause);
        this.url = url;
        this.reason = reason;
        this.statusCode = statusCode;
        this.retryable = retryable;
    }

    public static DownloadException permanent(URI url, String reason) {
        return new DownloadException(url, reason, -1, false, null);
    }

    public static DownloadException transientFailure(URI url, String reason, Throwable cause) {
        return new DownloadException(url, reason, -1, true, cause);
    }

    public URI url() {
        return url;
    }

    /** The cause without the URL, e.g. {@code HTTP 404 Not Found}. */
    public String reason() {
        return reason;
    }

    /** The HTTP status when the server answered with an error status, else -1. */
    public int statusCode() {
        return statusCode;
    }

    /** Whether another attempt may succeed (connection problems, truncated bodies, 5xx). */
    public boolean retryable() {
        return retryable;
    }

    /** The same failure after {@code attempts} attempts, which the message then says. */
    public DownloadException afterAttempts(int attempts) {
        if (attempts <= 1) {
            return this;
        }
        return new DownloadException(url, reason + " (gave up after " + attempts + " attempts)", statusCode, false,
                this);
    }
}
