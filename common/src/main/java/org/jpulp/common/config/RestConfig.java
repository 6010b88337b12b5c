package org.jpulp.common.config;

/**
 * {@code [rest]}: where the REST API listens. Plain HTTP on {@code port} when {@code httpEnabled}, HTTPS on
 * {@code httpsPort} when {@code httpsEnabled}; at least one of them.
 */
public record RestConfig(String host, int port, boolean httpEnabled, boolean httpsEnabled, int httpsPort) {

    /** Plain HTTP only, e.g. for tests. */
    public RestConfig(String host, int port) {
        this(host, port, true, false, 0);
    }
}
