package org.jpulp.common.download;

import java.time.Duration;
import java.util.Objects;
import org.jpulp.common.plugin.ConfigValues;
import org.jpulp.common.plugin.ImporterConfigKeys;
import org.jpulp.common.plugin.PluginConfig;

/**
 * How a {@link Downloader} connects: concurrency, speed limit, TLS (PEM text, as Pulp 2 importer configs hold it),
 * proxy, basic auth, timeouts and retries. Built with {@link #builder()} or from an importer config with
 * {@link #fromImporterConfig}; defaults are nectar's (Pulp 2's downloader).
 */
public final class DownloadOptions {

    public static final int DEFAULT_MAX_DOWNLOADS = 5;
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofMillis(6050);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(27);

    private final int maxDownloads;
    private final Double maxSpeed;
    private final String sslCaCert;
    private final String sslClientCert;
    private final String sslClientKey;
    private final boolean sslValidation;
    private final String proxyHost;
    private final Integer proxyPort;
    private final String proxyUsername;
    private final String proxyPassword;
    private final String basicAuthUsername;
    private final String basicAuthPassword;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final RetryPolicy retry;

    private DownloadOptions(Builder b) {
        if (b.maxDownloads < 1) {
            throw new IllegalArgumentException("max_downloads must be at least 1, not " + b.maxDownloads);
        }
        if (b.maxSpeed != null && !(b.maxSpeed > 0)) {
            throw new IllegalArgumentException("max_speed must be positive, not " + b.maxSpeed);
        }
        this.maxDownloads = b.maxDownloads;
        this.maxSpeed = b.maxSpeed;
        this.sslCaCert = b.sslCaCert;
        this.sslClientCert = b.sslClientCert;
        this.sslClientKey = b.sslClientKey;
        this.sslValidation = b.sslValidation;
        this.proxyHost = b.proxyHost;
        this.proxyPort = b.proxyPort;
        this.proxyUsername = b.proxyUsername;
        this.proxyPassword = b.proxyPassword;
        this.basicAuthUsername = b.basicAuthUsername;
        this.basicAuthPassword = b.basicAuthPassword;
        this.connectTimeout = Objects.requireNonNull(b.connectTimeout, "connectTimeout");
        this.readTimeout = Objects.requireNonNull(b.readTimeout, "readTimeout");
        this.retry = Objects.requireNonNull(b.retry, "retry");
    }

    public static Builder builder() {
        return new Builder();
    }

    public static DownloadOptions defaults() {
        return builder().build();
    }

    /**
     * Reads Pulp 2's generic importer keys ({@code max_downloads}, {@code max_speed}, {@code ssl_*},
     * {@code proxy_*}, {@code basic_auth_*}, {@code connect_timeout}, {@code read_timeout}). The config should have
     * passed {@link org.jpulp.common.plugin.ImporterConfigChecks}; a bad value still fails here.
     */
    public static DownloadOptions fromImporterConfig(PluginConfig config) {
        Builder b = builder();
        Object v;
        if ((v = config.get(ImporterConfigKeys.MAX_DOWNLOADS)) != null) {
            b.maxDownloads(ConfigValues.positiveInt(v));
        }
        if ((v = config.get(ImporterConfigKeys.MAX_SPEED)) != null) {
            b.maxSpeed(ConfigValues.positiveNumber(v));
        }
        if ((v = config.get(ImporterConfigKeys.SSL_VALIDATION)) != null) {
            b.sslValidation(ConfigValues.bool(v));
        }
        if ((v = config.get(ImporterConfigKeys.PROXY_PORT)) != null) {
            b.proxyPort(ConfigValues.positiveInt(v));
        }
        if ((v = config.get(ImporterConfigKeys.CONNECT_TIMEOUT)) != null) {
            b.connectTimeout(seconds(ConfigValues.positiveNumber(v)));
        }
        if ((v = config.get(ImporterConfigKeys.READ_TIMEOUT)) != null) {
            b.readTimeout(seconds(ConfigValues.positiveNumber(v)));
        }
        return b.sslCaCert(ConfigValues.string(config.get(ImporterConfigKeys.SSL_CA_CERT)))
                .sslClientCert(ConfigValues.string(config.get(ImporterConfigKeys.SSL_CLIENT_CERT)))
                .sslClientKey(ConfigValues.string(config.get(ImporterConfigKeys.SSL_CLIENT_KEY)))
                .proxyHost(ConfigValues.string(config.get(ImporterConfigKeys.PROXY_HOST)))
                .proxyUsername(ConfigValues.string(config.get(ImporterConfigKeys.PROXY_USER)))
                .proxyPassword(ConfigValues.string(config.get(ImporterConfigKeys.PROXY_PASS)))
                .basicAuthUsername(ConfigValues.string(config.get(ImporterConfigKeys.BASIC_AUTH_USER)))
                .basicAuthPassword(ConfigValues.string(config.get(ImporterConfigKeys.BASIC_AUTH_PASS)))
                .build();
    }

    private static Duration seconds(double s) {
        return Duration.ofNanos(Math.round(s * 1_000_000_000L));
    }

    public Builder toBuilder() {
        return new Builder().maxDownloads(maxDownloads).maxSpeed(maxSpeed).sslCaCert(sslCaCert)
                .sslClientCert(sslClientCert).sslClientKey(sslClientKey).sslValidation(sslValidation)
                .proxyHost(proxyHost).proxyPort(proxyPort).proxyUsername(proxyUsername).proxyPassword(proxyPassword)
                .basicAuthUsername(basicAuthUsername).basicAuthPassword(basicAuthPassword)
                .connectTimeout(connectTimeout).readTimeout(readTimeout).retry(retry);
    }

    public int maxDownloads() {
        return maxDownloads;
    }

    /** Bytes per second over all downloads of one downloader, or null for no limit. */
    public Double maxSpeed() {
        return maxSpeed;
    }

    public String sslCaCert() {
        return sslCaCert;
    }

    public String sslClientCert() {
        return sslClientCert;
    }

    public String sslClientKey() {
        return sslClientKey;
    }

    public boolean sslValidation() {
        return sslValidation;
    }

    public String proxyHost() {
        return proxyHost;
    }

    public Integer proxyPort() {
        return proxyPort;
    }

    public String proxyUsername() {
        return proxyUsername;
    }

    public String proxyPassword() {
        return proxyPassword;
    }

    public String basicAuthUsername() {
        return basicAuthUsername;
    }

    public String basicAuthPassword() {
        return basicAuthPassword;
    }

    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** Longest wait for response headers, and longest pause between two pieces of a body. */
    public Duration readTimeout() {
        return readTimeout;
    }

    public RetryPolicy retry() {
        return retry;
    }

    @Override
    public String toString() {
        return "DownloadOptions[max_downloads=" + maxDownloads + ", max_speed=" + maxSpeed
                + ", ssl_validation=" + sslValidation + ", ssl_ca_cert=" + (sslCaCert != null)
                + ", ssl_client_cert=" + (sslClientCert != null) + ", proxy=" + proxyHost + ":" + proxyPort
                + ", proxy_username=" + proxyUsername + ", basic_auth_username=" + basicAuthUsername
                + ", connect_timeout=" + connectTimeout + ", read_timeout=" + readTimeout + ", " + retry + "]";
    }

    /** Mutable builder; every setter accepts null for "not set" where the option is optional. */
    public static final class Builder {
        private int maxDownloads = DEFAULT_MAX_DOWNLOADS;
        private Double maxSpeed;
        private String sslCaCert;
        private String sslClientCert;
        private String sslClientKey;
        private boolean sslValidation = true;
        private String proxyHost;
        private Integer proxyPort;
        private String proxyUsername;
        private String proxyPassword;
        private String basicAuthUsername;
        private String basicAuthPassword;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration readTimeout = DEFAULT_READ_TIMEOUT;
        private RetryPolicy retry = RetryPolicy.DEFAULT;

        private Builder() {
        }

        public Builder maxDownloads(int v) {
            maxDownloads = v;
            return this;
        }

        public Builder maxSpeed(Double v) {
            maxSpeed = v;
            return this;
        }

        public Builder sslCaCert(String pem) {
            sslCaCert = pem;
            return this;
        }

        public Builder sslClientCert(String pem) {
            sslClientCert = pem;
            return this;
        }

        public Builder sslClientKey(String pem) {
            sslClientKey = pem;
            return this;
        }

        public Builder sslValidation(boolean v) {
            sslValidation = v;
            return this;
        }

        public Builder proxyHost(String v) {
            proxyHost = v;
            return this;
        }

        public Builder proxyPort(Integer v) {
            proxyPort = v;
            return this;
        }

        public Builder proxyUsername(String v) {
            proxyUsername = v;
            return this;
        }

        public Builder proxyPassword(String v) {
            proxyPassword = v;
            return this;
        }

        public Builder basicAuthUsername(String v) {
            basicAuthUsername = v;
            return this;
        }

        public Builder basicAuthPassword(String v) {
            basicAuthPassword = v;
            return this;
        }

        public Builder connectTimeout(Duration v) {
            connectTimeout = v;
            return this;
        }

        public Builder readTimeout(Duration v) {
            readTimeout = v;
            return this;
        }

        public Builder retry(RetryPolicy v) {
            retry = v;
            return this;
        }

        public DownloadOptions build() {
            return new DownloadOptions(this);
        }
    }
}
