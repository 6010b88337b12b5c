package org.jpulp.common.plugin;

/** Pulp 2's importer config keys that every importer understands ({@code pulp.common.plugins.importer_constants}). */
public final class ImporterConfigKeys {

    public static final String FEED = "feed";
    public static final String MAX_SPEED = "max_speed";
    public static final String MAX_DOWNLOADS = "max_downloads";
    public static final String PROXY_HOST = "proxy_host";
    public static final String PROXY_PORT = "proxy_port";
    public static final String PROXY_USER = "proxy_username";
    public static final String PROXY_PASS = "proxy_password";
    public static final String BASIC_AUTH_USER = "basic_auth_username";
    public static final String BASIC_AUTH_PASS = "basic_auth_password";
    public static final String SSL_CA_CERT = "ssl_ca_cert";
    public static final String SSL_CLIENT_CERT = "ssl_client_cert";
    public static final String SSL_CLIENT_KEY = "ssl_client_key";
    public static final String SSL_VALIDATION = "ssl_validation";
    public static final String VALIDATE = "validate";
    public static final String REMOVE_MISSING = "remove_missing";
    public static final String DOWNLOAD_POLICY = "download_policy";
    public static final String CONNECT_TIMEOUT = "connect_timeout";
    public static final String READ_TIMEOUT = "read_timeout";

    private ImporterConfigKeys() {
    }
}
