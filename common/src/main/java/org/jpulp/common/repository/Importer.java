package org.jpulp.common.repository;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A repository's importer ({@code repo_importers}); a repository has at most one, and its id is its type id.
 */
public record Importer(String repoId, String importerTypeId, String objectId, Map<String, Object> config,
                       Map<String, Object> scratchpad, Instant lastSync, Instant lastUpdated) {

    public Importer {
        Objects.requireNonNull(repoId, "repoId");
        Objects.requireNonNull(importerTypeId, "importerTypeId");
        config = Maps.copy(config);
        scratchpad = Maps.copy(scratchpad);
    }

    public static Importer of(String repoId, String typeId, Map<String, Object> config, Instant now) {
        return new Importer(repoId, typeId, null, config, Map.of(), null, now);
    }

    public String id() {
        return importerTypeId;
    }

    public Importer withObjectId(String oid) {
        return new Importer(repoId, importerTypeId, oid, config, scratchpad, lastSync, lastUpdated);
    }

    /** The config with {@code delta} merged in (null removes a key), stamped {@code now}. */
    public Importer withConfigDelta(Map<String, Object> delta, Instant now) {
        return new Importer(repoId, importerTypeId, objectId, Maps.merge(config, delta), scratchpad, lastSync, now);
    }
}
