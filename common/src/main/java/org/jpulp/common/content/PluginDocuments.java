package org.jpulp.common.content;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Documents a plugin keeps beside its units, one collection per purpose (e.g. {@code erratum_pkglists}, an importer's
 * record of its last sync), each document addressed by a string id. Values are JSON-compatible (maps, lists,
 * strings, numbers, booleans); field names follow {@link NewUnit}'s rules.
 */
public interface PluginDocuments {

    Optional<Map<String, Object>> get(String collection, String id);

    /** Id → document of those among {@code ids} that exist. */
    Map<String, Map<String, Object>> getAll(String collection, Collection<String> ids);

    /** Creates or replaces the document. */
    void put(String collection, String id, Map<String, Object> document);

    /** Returns whether a document was deleted. */
    boolean delete(String collection, String id);
}
