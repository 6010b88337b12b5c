package org.jpulp.plugin.rpm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jpulp.common.content.PluginDocuments;

/**
 * Erratum package lists per repository (Pulp 2's {@code erratum_pkglists}, reference §1.3): one document per erratum
 * and repository, id {@code <repo_id>/<errata_id>}, with {@code errata_id}, {@code repo_id} and {@code collections},
 * each collection {@code {name, short, packages: [{name, epoch, version, release, arch, src, filename, sum,
 * reboot_suggested, ...}], module?: {name, stream, version, context, arch}}} as updateinfo.xml gave it.
 */
public final class ErratumPkglists {

    public static final String COLLECTION = "erratum_pkglists";

    private ErratumPkglists() {
    }

    public static String id(String repoId, String erratumId) {
        return repoId + "/" + erratumId;
    }

    public static void save(PluginDocuments documents, String erratumId, String repoId,
                            List<Map<String, Object>> collections) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("errata_id", erratumId);
        doc.put("repo_id", repoId);
        doc.put("collections", collections);
        documents.put(COLLECTION, id(repoId, erratumId), doc);
    }

    /** The erratum's collections in this repository, empty when the repository has no package list for it. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> collections(PluginDocuments documents, String repoId, String erratumId) {
        Optional<Map<String, Object>> doc = documents.get(COLLECTION, id(repoId, erratumId));
        return doc.map(d -> (List<Map<String, Object>>) d.get("collections")).orElse(List.of());
    }
}
