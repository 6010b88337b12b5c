package org.jpulp.common.config;

import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code [security]}: the CA that signs user certificates (Pulp 2's {@code cacert}/{@code cakey}), the HTTPS
 * listener's certificate and key, how long login certificates last and how long verified Basic credentials are
 * remembered. Paths are resolved: unset ones lie under {@code <[server] storage_dir>/pki/}.
 */
public record SecurityConfig(Path caCert, Path caKey, Path serverCert, Path serverKey, int userCertExpirationDays,
                             Duration authCacheTtl) {

    /** Generated material under {@code dir}, e.g. for tests. */
    public static SecurityConfig under(Path dir) {
        return new SecurityConfig(dir.resolve("ca.crt"), dir.resolve("ca.key"), dir.resolve("server.crt"),
                dir.resolve("server.key"), 7, Duration.ofSeconds(30));
    }
}
