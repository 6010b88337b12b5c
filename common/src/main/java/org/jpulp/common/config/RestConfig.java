package org.jpulp.common.config;

/** {@code [rest]}: where the REST API listens. */
public record RestConfig(String host, int port) {
}
