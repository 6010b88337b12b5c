package org.jpulp.plugin.rpm.sync;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jpulp.common.plugin.PluginContext;

/**
 * What the last successful sync of each repository saw (collection {@value #COLLECTION}, one document per repository,
 * like Pulp 2's importer scratchpad {@code repomd_revision}/{@code repomd_checksum}): the sha256 of repomd.xml, the
 * config and the repository's unit counts afterwards, and the upstream checksum type (Pulp 2's repository scratchpad
 * {@code checksum_type}, the yum_distributor's default). A sync that finds the first three unchanged has nothing to do.
 */
public final class SyncRecords {

    public static final String COLLECTION = "yum_importer_syncs";

    private final PluginContext context;
    private final String configDigest;

    SyncRecords(PluginContext context) {
        this.context = context;
        this.configDigest = YumImporterConfig.digest(context.config());
    }

    boolean unchanged(String repomdSha256) {
        Optional<Map<String, Object>> last = context.documents().get(COLLECTION, context.repoId());
        return last.isPresent() && repomdSha256.equals(last.get().get("repomd_checksum"))
                && configDigest.equals(last.get().get("config_digest"))
                && counts().equals(last.get().get("content_unit_counts"));
    }

    /** @param checksumType the checksum type of repomd.xml's first entry, Pulp 2's default for publishing */
    void save(String repomdSha256, String revision, String checksumType) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("repomd_checksum", repomdSha256);
        record.put("repomd_revision", revision == null ? "" : revision);
        record.put("checksum_type", checksumType);
        record.put("config_digest", configDigest);
        record.put("content_unit_counts", counts());
        context.documents().put(COLLECTION, context.repoId(), record);
    }

    /** Counts as plain longs keyed by type, comparable with what the store gives back. */
    private Map<String, Object> counts() {
        Map<String, Object> counts = new LinkedHashMap<>();
        context.associations().countsByType(context.repoId()).forEach((type, n) -> counts.put(type, n));
        return counts;
    }
}
