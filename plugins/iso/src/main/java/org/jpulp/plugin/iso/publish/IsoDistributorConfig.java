package org.jpulp.plugin.iso.publish;

import java.security.GeneralSecurityException;
import java.util.List;
import org.jpulp.common.content.SafePaths;
import org.jpulp.common.content.UnsafePathException;
import org.jpulp.common.download.Pem;
import org.jpulp.common.plugin.ConfigCheck;
import org.jpulp.common.plugin.ConfigProblems;
import org.jpulp.common.plugin.ConfigValues;
import org.jpulp.common.plugin.ConfiguredDistributor;
import org.jpulp.common.plugin.DistributorConfigs;
import org.jpulp.common.plugin.ImporterConfigChecks;
import org.jpulp.common.plugin.PluginConfig;
import org.jpulp.common.plugin.PluginException;

/**
 * {@code iso_distributor}'s config: {@code serve_http} (default false), {@code serve_https} (default true),
 * {@code relative_url} (default the repository id; relative, no {@code ..}) and {@code ssl_auth_ca_cert} (PEM).
 * An empty config is valid.
 */
record IsoDistributorConfig(boolean serveHttp, boolean serveHttps, String relativeUrl) {

    static final String SERVE_HTTP = "serve_http";
    static final String SERVE_HTTPS = "serve_https";
    static final String RELATIVE_URL = "relative_url";
    static final String SSL_AUTH_CA_CERT = "ssl_auth_ca_cert";

    static ConfigCheck check(String repoId, PluginConfig config, DistributorConfigs others) {
        ConfigProblems problems = new ConfigProblems();
        ImporterConfigChecks.bool(config, SERVE_HTTP, problems);
        ImporterConfigChecks.bool(config, SERVE_HTTPS, problems);
        Object cert = config.get(SSL_AUTH_CA_CERT);
        if (cert != null && !validCertificate(cert)) {
            problems.add(SSL_AUTH_CA_CERT, "The SSL certificate <" + SSL_AUTH_CA_CERT + "> is not a valid certificate.");
        }
        Object url = config.get(RELATIVE_URL);
        if (url != null && !(url instanceof String)) {
            problems.add(RELATIVE_URL, "Configuration value for [relative_url] must be a string, but is a "
                    + ConfigValues.pythonType(url));
        } else {
            try {
                String relative = relativeUrl(repoId, config);
                conflict(repoId, relative, others).ifPresent(m -> problems.add(RELATIVE_URL, m));
            } catch (UnsafePathException e) {
                problems.add(RELATIVE_URL, e.getMessage());
            }
        }
        return problems.toCheck();
    }

    static IsoDistributorConfig of(String repoId, PluginConfig config) {
        ConfigCheck check = check(repoId, config, DistributorConfigs.NONE);
        if (!check.valid()) {
            throw new PluginException("invalid iso_distributor config: " + check.message());
        }
        return new IsoDistributorConfig(ConfigValues.bool(config, SERVE_HTTP, false),
                ConfigValues.bool(config, SERVE_HTTPS, true), relativeUrl(repoId, config));
    }

    /** The configured relative URL without a trailing slash, or the repository id; checked to be safe. */
    static String relativeUrl(String repoId, PluginConfig config) {
        Object value = config.get(RELATIVE_URL);
        String url = value == null || value.toString().isBlank() ? repoId : value.toString();
        while (url.length() > 1 && url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        return SafePaths.relative(url, "relative_url");
    }

    private static java.util.Optional<String> conflict(String repoId, String relative, DistributorConfigs others) {
        for (ConfiguredDistributor other : others.ofType(IsoDistributor.ID)) {
            if (other.repoId().equals(repoId)) {
                continue;
            }
            String theirs;
            try {
                theirs = relativeUrl(other.repoId(), other.config());
            } catch (UnsafePathException e) {
                continue;
            }
            if (overlaps(relative, theirs)) {
                return java.util.Optional.of("Relative URL [" + relative + "] for repository [" + repoId
                        + "] conflicts with existing relative URL [" + theirs + "] for repository ["
                        + other.repoId() + "]");
            }
        }
        return java.util.Optional.empty();
    }

    /** Equal, or one is a directory above the other. */
    static boolean overlaps(String a, String b) {
        List<String> x = List.of(a.split("/"));
        List<String> y = List.of(b.split("/"));
        int n = Math.min(x.size(), y.size());
        return x.subList(0, n).equals(y.subList(0, n));
    }

    private static boolean validCertificate(Object pem) {
        if (!(pem instanceof String)) {
            return false;
        }
        try {
            Pem.certificates((String) pem, SSL_AUTH_CA_CERT);
            return true;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
