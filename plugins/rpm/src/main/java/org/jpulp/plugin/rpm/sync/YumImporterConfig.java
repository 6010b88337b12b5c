package org.jpulp.plugin.rpm.sync;

import java.net.URI;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jpulp.common.download.DownloadOptions;
import org.jpulp.common.download.Urls;
import org.jpulp.common.plugin.ConfigCheck;
import org.jpulp.common.plugin.ConfigProblems;
import org.jpulp.common.plugin.ConfigValues;
import org.jpulp.common.plugin.ImporterConfigChecks;
import org.jpulp.common.plugin.ImporterConfigKeys;
import org.jpulp.common.plugin.PluginConfig;
import org.jpulp.common.plugin.PluginException;
import org.jpulp.plugin.rpm.RpmUnits;
import org.jpulp.plugin.rpm.repodata.Checksums;

/**
 * {@code yum_importer}'s config (reference §2.1): the generic importer keys plus {@code validate},
 * {@code remove_missing}, {@code retain_old_count}, {@code type_skip_list}, {@code download_policy} (only
 * {@code immediate} is implemented; the others are refused when the importer is configured), {@code force_full},
 * {@code validate} (accepted; packages are always checked against their size and checksum),
 * {@code require_signature} and {@code allowed_keys} (checked, not yet applied: package headers are not read).
 */
record YumImporterConfig(String feed, boolean removeMissing, Integer retainOldCount,
                         Set<String> skip, boolean forceFull, DownloadOptions downloadOptions) {

    static final String RETAIN_OLD_COUNT = "retain_old_count";
    static final String TYPE_SKIP_LIST = "type_skip_list";
    static final String FORCE_FULL = "force_full";
    static final String REQUIRE_SIGNATURE = "require_signature";
    static final String ALLOWED_KEYS = "allowed_keys";
    static final List<String> SKIPPABLE = List.of(RpmUnits.RPM, RpmUnits.SRPM, "drpm", "distribution",
            RpmUnits.ERRATUM);

    static ConfigCheck check(PluginConfig config) {
        ConfigProblems problems = new ConfigProblems();
        ImporterConfigChecks.checkGeneric(config, problems);
        for (String key : List.of(ImporterConfigKeys.VALIDATE, ImporterConfigKeys.REMOVE_MISSING, FORCE_FULL,
                REQUIRE_SIGNATURE)) {
            ImporterConfigChecks.bool(config, key, problems);
        }
        Object retain = config.get(RETAIN_OLD_COUNT);
        Long n = retain == null ? null : ConfigValues.parseInteger(retain);
        if (retain != null && (n == null || n < 0 || n > Integer.MAX_VALUE)) {
            problems.add(RETAIN_OLD_COUNT, "The configuration parameter <retain_old_count> must be set to an integer "
                    + "greater than or equal to zero, but is currently set to <" + ConfigValues.pythonStr(retain) + ">.");
        }
        Object skip = config.get(TYPE_SKIP_LIST);
        if (skip != null && !(skip instanceof List<?> list && list.stream().allMatch(SKIPPABLE::contains))) {
            problems.add(TYPE_SKIP_LIST, "The configuration parameter <type_skip_list> must be a list of types to "
                    + "skip, any of " + String.join(", ", SKIPPABLE) + "; it is currently set to <"
                    + ConfigValues.pythonStr(skip) + ">.");
        }
        Object policy = config.get(ImporterConfigKeys.DOWNLOAD_POLICY);
        if (policy != null && !"immediate".equals(policy)) {
            problems.add(ImporterConfigKeys.DOWNLOAD_POLICY, "The configuration parameter <download_policy> must be "
                    + "immediate (jpulp's yum_importer does not support deferred downloads yet); it is currently set "
                    + "to <" + ConfigValues.pythonStr(policy) + ">.");
        }
        Object keys = config.get(ALLOWED_KEYS);
        if (keys != null && !(keys instanceof List<?> list
                && list.stream().allMatch(k -> k instanceof String s && s.length() == 8))) {
            problems.add(ALLOWED_KEYS, "The configuration parameter <allowed_keys> must be a list of 8 character "
                    + "key ids; it is currently set to <" + ConfigValues.pythonStr(keys) + ">.");
        }
        return problems.toCheck();
    }

    static YumImporterConfig of(PluginConfig config) {
        ConfigCheck check = check(config);
        if (!check.valid()) {
            throw new PluginException("invalid yum_importer config: " + check.message());
        }
        Object retain = config.get(RETAIN_OLD_COUNT);
        Object skip = config.get(TYPE_SKIP_LIST);
        return new YumImporterConfig(ConfigValues.string(config.get(ImporterConfigKeys.FEED)),
                ConfigValues.bool(config, ImporterConfigKeys.REMOVE_MISSING, false),
                retain == null ? null : ConfigValues.parseInteger(retain).intValue(),
                skip == null ? Set.of() : Set.copyOf(((List<?>) skip).stream().map(String::valueOf).toList()),
                ConfigValues.bool(config, FORCE_FULL, false), DownloadOptions.fromImporterConfig(config));
    }

    /** Whether packages of this type ({@code rpm} skips srpm too, as both come from primary) are skipped. */
    boolean skips(String type) {
        return skip.contains(type) || (type.equals(RpmUnits.SRPM) && skip.contains(RpmUnits.RPM));
    }

    URI feedBase() {
        if (feed == null || feed.isBlank()) {
            throw new PluginException("Repository without feed cannot be synchronized (RPM1005)");
        }
        try {
            return Urls.feedBase(feed);
        } catch (IllegalArgumentException e) {
            throw new PluginException(e.getMessage(), e);
        }
    }

    /** A digest of the whole config: a change makes the next sync a full one. */
    static String digest(PluginConfig config) {
        MessageDigest sha = Checksums.digest("sha256");
        sha.update(String.valueOf(new TreeMap<>(config.values())).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return Checksums.hex(sha);
    }

}
