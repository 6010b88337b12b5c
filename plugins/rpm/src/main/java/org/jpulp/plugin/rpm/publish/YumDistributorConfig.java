package org.jpulp.plugin.rpm.publish;

import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jpulp.common.content.SafePaths;
import org.jpulp.common.content.UnsafePathException;
import org.jpulp.common.download.Pem;
import org.jpulp.common.plugin.ConfigCheck;
import org.jpulp.common.plugin.ConfigProblems;
import org.jpulp.common.plugin.ConfigValues;
import org.jpulp.common.plugin.ConfiguredDistributor;
import org.jpulp.common.plugin.DistributorConfigs;
import org.jpulp.common.plugin.PluginConfig;
import org.jpulp.common.plugin.PluginException;

/**
 * {@code yum_distributor}'s config, validated with Pulp 2's rules and messages: {@code relative_url}, {@code http} and
 * {@code https} are required (not both false); the optional keys are checked by type; unknown keys are refused.
 * Accepted but without effect here: {@code gpgkey}, {@code https_ca}, {@code protected}, {@code skip},
 * {@code skip_pkg_tags}, {@code auth_ca}/{@code auth_cert} (checked as certificates). Refused with a clear message
 * because jpulp does not do them: {@code repoview}, {@code gpg_sign_metadata}, {@code gpg_cmd}, {@code gpg_key_id},
 * {@code http_publish_dir}/{@code https_publish_dir} (trees stay under the storage root).
 */
record YumDistributorConfig(String relativeUrl, boolean http, boolean https, String checksumType,
                            String updateinfoChecksumType, boolean generateSqlite, boolean forceFull,
                            boolean removeOldRepodata, double removeOldRepodataThreshold) {

    static final String RELATIVE_URL = "relative_url";
    static final String HTTP = "http";
    static final String HTTPS = "https";
    static final String CHECKSUM_TYPE = "checksum_type";
    static final String UPDATEINFO_CHECKSUM_TYPE = "updateinfo_checksum_type";
    static final String GENERATE_SQLITE = "generate_sqlite";
    static final String FORCE_FULL = "force_full";
    static final String REMOVE_OLD_REPODATA = "remove_old_repodata";
    static final String REMOVE_OLD_REPODATA_THRESHOLD = "remove_old_repodata_threshold";
    static final String DEFAULT_CHECKSUM = "sha256";
    static final double DEFAULT_THRESHOLD_SECONDS = 1_209_600;

    static final List<String> REQUIRED = List.of(RELATIVE_URL, HTTP, HTTPS);
    static final Set<String> CHECKSUM_TYPES = Set.of("md5", "sha", "sha1", "sha224", "sha256", "sha384", "sha512");
    private static final Set<String> BOOLEANS_NONE_OK = Set.of(HTTP, HTTPS, "skip_pkg_tags", FORCE_FULL,
            REMOVE_OLD_REPODATA);
    private static final Set<String> BOOLEANS = Set.of("protected", GENERATE_SQLITE, "repoview", "gpg_sign_metadata");
    private static final Set<String> CERTIFICATES = Set.of("auth_ca", "auth_cert", "https_ca");
    private static final Set<String> NOT_DONE_HERE = Set.of("gpg_cmd", "gpg_key_id", "http_publish_dir",
            "https_publish_dir");
    private static final Set<String> SUPPORTED = new TreeSet<>(List.of(RELATIVE_URL, HTTP, HTTPS, "gpgkey", "auth_ca",
            "auth_cert", "https_ca", CHECKSUM_TYPE, UPDATEINFO_CHECKSUM_TYPE, "http_publish_dir", "https_publish_dir",
            "protected", "skip", "skip_pkg_tags", GENERATE_SQLITE, "repoview", FORCE_FULL, REMOVE_OLD_REPODATA,
            REMOVE_OLD_REPODATA_THRESHOLD, "gpg_sign_metadata", "gpg_key_id", "gpg_cmd"));

    static ConfigCheck check(String repoId, PluginConfig config, DistributorConfigs others) {
        ConfigProblems problems = new ConfigProblems();
        for (String key : REQUIRED) {
            if (!config.has(key)) {
                problems.add(key, "Configuration key [" + key + "] is required, but was not provided");
            }
        }
        for (String key : new TreeSet<>(config.values().keySet())) {
            if (!SUPPORTED.contains(key)) {
                problems.add(key, "Configuration key [" + key + "] is not supported");
            }
        }
        if (Boolean.FALSE.equals(config.get(HTTP)) && Boolean.FALSE.equals(config.get(HTTPS))) {
            problems.add(HTTP, "Settings serve via http and https are both set to false. At least one option should"
                    + " be set to true.");
        }
        BOOLEANS_NONE_OK.forEach(k -> checkBoolean(config, k, problems));
        BOOLEANS.forEach(k -> checkBoolean(config, k, problems));
        checkChecksumType(config, CHECKSUM_TYPE, problems);
        checkChecksumType(config, UPDATEINFO_CHECKSUM_TYPE, problems);
        checkList(config, "skip", problems);
        checkThreshold(config, problems);
        CERTIFICATES.forEach(k -> checkCertificate(config, k, problems));
        for (String key : NOT_DONE_HERE) {
            if (config.has(key)) {
                problems.add(key, "Configuration key [" + key + "] is not allowed: jpulp publishes under its storage"
                        + " root and does not sign metadata");
            }
        }
        for (String key : List.of("repoview", "gpg_sign_metadata")) {
            if (Boolean.TRUE.equals(config.get(key))) {
                problems.add(key, "Configuration value for [" + key + "] cannot be true: jpulp does not support it");
            }
        }
        checkRelativeUrl(repoId, config, others, problems);
        return problems.toCheck();
    }

    static YumDistributorConfig of(String repoId, PluginConfig config) {
        ConfigCheck check = check(repoId, config, DistributorConfigs.NONE);
        if (!check.valid()) {
            throw new PluginException("invalid yum_distributor config: " + check.message());
        }
        return new YumDistributorConfig(relativeUrl(repoId, config), Boolean.TRUE.equals(config.get(HTTP)),
                Boolean.TRUE.equals(config.get(HTTPS)), checksumType(config.get(CHECKSUM_TYPE), DEFAULT_CHECKSUM),
                checksumType(config.get(UPDATEINFO_CHECKSUM_TYPE), null),
                Boolean.TRUE.equals(config.get(GENERATE_SQLITE)), Boolean.TRUE.equals(config.get(FORCE_FULL)),
                !Boolean.FALSE.equals(config.get(REMOVE_OLD_REPODATA)),
                config.get(REMOVE_OLD_REPODATA_THRESHOLD) == null ? DEFAULT_THRESHOLD_SECONDS
                        : ConfigValues.parseNumber(config.get(REMOVE_OLD_REPODATA_THRESHOLD)));
    }

    /** The protocols to publish over. */
    List<String> protocols() {
        List<String> protocols = new ArrayList<>();
        if (http) {
            protocols.add(HTTP);
        }
        if (https) {
            protocols.add(HTTPS);
        }
        return protocols;
    }

    /** Pulp 2's rule: the configured value without leading '/', the repository id when empty; checked to be safe. */
    static String relativeUrl(String repoId, PluginConfig config) {
        Object value = config.get(RELATIVE_URL);
        String url = value == null ? "" : value.toString();
        while (url.startsWith("/")) {
            url = url.substring(1);
        }
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        return SafePaths.relative(url.isEmpty() ? repoId : url, RELATIVE_URL);
    }

    private static String checksumType(Object value, String fallback) {
        if (value == null) {
            return fallback;
        }
        String type = value.toString().toLowerCase(Locale.ROOT);
        return type.equals("sha") ? "sha1" : type;
    }

    private static void checkBoolean(PluginConfig config, String key, ConfigProblems problems) {
        Object value = config.get(key);
        boolean noneOk = BOOLEANS_NONE_OK.contains(key);
        if (value instanceof Boolean || (noneOk && value == null) || (!noneOk && !config.has(key))) {
            return;
        }
        problems.add(key, "Configuration value for [" + key + "] should a boolean, but is a "
                + ConfigValues.pythonType(value));
    }

    private static void checkChecksumType(PluginConfig config, String key, ConfigProblems problems) {
        Object value = config.get(key);
        if (value != null && !(value instanceof String s && CHECKSUM_TYPES.contains(s.toLowerCase(Locale.ROOT)))) {
            problems.add(key, "Configuration value for [" + key + "] is not supported: "
                    + ConfigValues.pythonStr(value));
        }
    }

    private static void checkList(PluginConfig config, String key, ConfigProblems problems) {
        Object value = config.get(key);
        if (value != null && !(value instanceof List)) {
            problems.add(key, "Configuration value for [" + key + "] should be a list, but is a "
                    + ConfigValues.pythonType(value));
        }
    }

    private static void checkThreshold(PluginConfig config, ConfigProblems problems) {
        Object value = config.get(REMOVE_OLD_REPODATA_THRESHOLD);
        Double seconds = ConfigValues.parseNumber(value);
        if (value != null && (value instanceof Boolean || seconds == null || seconds < 0)) {
            problems.add(REMOVE_OLD_REPODATA_THRESHOLD, "Configuration value for [" + REMOVE_OLD_REPODATA_THRESHOLD
                    + "] should be a number of seconds of at least 0, but is " + ConfigValues.pythonStr(value));
        }
    }

    private static void checkCertificate(PluginConfig config, String key, ConfigProblems problems) {
        Object value = config.get(key);
        if (value == null) {
            return;
        }
        try {
            if (!(value instanceof String pem)) {
                throw new IllegalArgumentException("not text");
            }
            Pem.certificates(pem, key);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            problems.add(key, "Configuration value for [" + key + "] is not a valid certificate");
        }
    }

    private static void checkRelativeUrl(String repoId, PluginConfig config, DistributorConfigs others,
                                         ConfigProblems problems) {
        Object url = config.get(RELATIVE_URL);
        if (url != null && !(url instanceof String)) {
            problems.add(RELATIVE_URL, "Configuration value for [relative_url] must be a string, but is a "
                    + ConfigValues.pythonType(url));
            return;
        }
        try {
            String relative = relativeUrl(repoId, config);
            conflict(repoId, relative, others).ifPresent(m -> problems.add(RELATIVE_URL, m));
        } catch (UnsafePathException e) {
            problems.add(RELATIVE_URL, e.getMessage());
        }
    }

    private static Optional<String> conflict(String repoId, String relative, DistributorConfigs others) {
        for (ConfiguredDistributor other : others.ofType(YumDistributor.ID)) {
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
                return Optional.of("Relative URL [" + relative + "] for repository [" + repoId
                        + "] conflicts with existing relative URL [" + theirs + "] for repository ["
                        + other.repoId() + "]");
            }
        }
        return Optional.empty();
    }

    /** Equal, or one is a directory above the other. */
    private static boolean overlaps(String a, String b) {
        List<String> x = List.of(a.split("/"));
        List<String> y = List.of(b.split("/"));
        int n = Math.min(x.size(), y.size());
        return x.subList(0, n).equals(y.subList(0, n));
    }
}
