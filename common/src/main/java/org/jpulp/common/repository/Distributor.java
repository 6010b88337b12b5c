package org.jpulp.common.repository;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** One of a repository's distributors ({@code repo_distributors}), unique per repository by id. */
public record Distributor(String repoId, String distributorId, String distributorTypeId, String objectId,
                          Map<String, Object> config, boolean autoPublish, Instant lastPublish, Instant lastUpdated,
                          Map<String, Object> scratchpad) {

    public Distributor {
        Objects.requireNonNull(repoId, "repoId");
        Objects.requireNonNull(distributorId, "distributorId");
        Objects.requireNonNull(distributorTypeId, "distributorTypeId");
        config = Maps.copy(config);
        scratchpad = Maps.copy(scratchpad);
    }

    public static Distributor of(String repoId, String id, String typeId, Map<String, Object> config,
                                 boolean autoPublish, Instant now) {
        return new Distributor(repoId, id, typeId, null, config, autoPublish, null, now, Map.of());
    }

    public Distributor withObjectId(String oid) {
        return new Distributor(repoId, distributorId, distributorTypeId, oid, config, autoPublish, lastPublish,
                lastUpdated, scratchpad);
    }

    /** The config with {@code delta} merged in (null removes a key), {@code autoPublish} if not null, at {@code now}. */
    public Distributor updated(Map<String, Object> delta, Boolean newAutoPublish, Instant now) {
        return new Distributor(repoId, distributorId, distributorTypeId, objectId, Maps.merge(config, delta),
                newAutoPublish == null ? autoPublish : newAutoPublish, lastPublish, now, scratchpad);
    }
}
