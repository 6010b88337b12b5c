package org.jpulp.plugin.rpm.errata;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Errata package lists, kept apart from the erratum units as Pulp 2 keeps them ({@code erratum_pkglists}): one
 * document per erratum and repository that imported it by sync or upload, {@code {errata_id, repo_id,
 * collections: [{name, short, packages: [...], module?}]}}.
 */
public interface ErratumPkglists {

    String COLLECTION = "erratum_pkglists";

    /** Stores (or replaces) the repository's package list of the erratum. */
    void put(String errataId, String repoId, List<Map<String, Object>> collections);

    /** The repository's package list of the erratum, if it has one. */
    Optional<List<Map<String, Object>>> find(String errataId, String repoId);

    /** Every repository's package list of the erratum, by repository id. */
    Map<String, List<Map<String, Object>>> all(String errataId);
}
