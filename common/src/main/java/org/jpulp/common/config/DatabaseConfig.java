package org.jpulp.common.config;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/** {@code [database]}: how to reach MongoDB and how long to wait for it at start. */
public record DatabaseConfig(String name, List<String> seeds, String username, String password, String replicaSet,
                             boolean ssl, boolean verifySsl, String writeConcern, String uri, int startupTries,
                             Duration startupInterval) {

    /** The connection string the driver gets: {@code uri} when given, otherwise built from the Pulp 2 keys. */
    public String connectionString() {
        if (!uri.isEmpty()) {
            return uri;
        }
        StringBuilder cs = new StringBuilder("mongodb://");
        if (!username.isEmpty()) {
            cs.append(encode(username)).append(':').append(encode(password)).append('@');
        }
        cs.append(String.join(",", seeds)).append('/').append(name).append("?w=").append(writeConcern);
        if (!username.isEmpty()) {
            cs.append("&authSource=").append(name);
        }
        if (!replicaSet.isEmpty()) {
            cs.append("&replicaSet=").append(encode(replicaSet));
        }
        if (ssl) {
            cs.append("&tls=true");
            if (!verifySsl) {
                cs.append("&tlsInsecure=true");
            }
        }
        return cs.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
