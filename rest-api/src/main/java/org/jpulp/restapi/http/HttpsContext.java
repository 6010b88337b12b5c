package org.jpulp.restapi.http;

import org.eclipse.jetty.util.ssl.SslContextFactory;

/** The TLS setup of the HTTPS listener (server certificate, client certificates requested but optional). */
@FunctionalInterface
public interface HttpsContext {

    /** For servers configured without HTTPS. */
    HttpsContext NONE = () -> {
        throw new IllegalStateException("HTTPS is enabled but no TLS context is bound");
    };

    SslContextFactory.Server create();
}
