package org.jpulp.common.config;

/**
 * {@code [rest]}: where the REST API listens. Plain HTTP on {@code port} when {@code httpEnabled}, HTTPS on
 * {@code httpsPort} when {@code httpsEnabled}; at least one of them. An upload chunk (one PUT) may carry up to
 * {@code uploadChunkMaxBytes}.
 */
public record RestConfig(String host, int port, boolean httpEnabled, boolean httpsEnabled, int httpsPort,
                         long uploadChunkMaxBytes) {

    public static final long DEFAULT_UPLOAD_CHUNK_MAX_BYTES = 64L * 1024 * 1024;

    public RestConfig(String host, int port, boolean httpEnabled, boolean httpsEnabled, int httpsPort) {
        this(host, port, httpEnabled, httpsEnabled, httpsPort, DEFAULT_UPLOAD_CHUNK_MAX_BYTES);
    }

    /** Plain HTTP only, e.g. for tests. */
    public RestConfig(String host, int port) {
        this(host, port, true, false, 0, DEFAULT_UPLOAD_CHUNK_MAX_BYTES);
    }
}
