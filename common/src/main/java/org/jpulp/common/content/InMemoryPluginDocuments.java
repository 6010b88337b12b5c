package org.jpulp.common.content;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link PluginDocuments} in memory, for tests and tools; thread-safe. */
public final class InMemoryPluginDocuments implements PluginDocuments {

    private final Map<String, Map<String, Map<String, Object>>> collections = new ConcurrentHashMap<>();

    @Override
    public Optional<Map<String, Object>> get(String collection, String id) {
        return Optional.ofNullable(collection(collection).get(id));
    }

    @Override
    public Map<String, Map<String, Object>> getAll(String collection, Collection<String> ids) {
        Map<String, Map<String, Object>> found = new LinkedHashMap<>();
        ids.forEach(id -> get(collection, id).ifPresent(d -> found.put(id, d)));
        return found;
    }

    @Override
    public void put(String collection, String id, Map<String, Object> document) {
        collection(collection).put(id, Map.copyOf(document));
    }

    @Override
    public boolean delete(String collection, String id) {
        return collection(collection).remove(id) != null;
    }

    private Map<String, Map<String, Object>> collection(String name) {
        return collections.computeIfAbsent(name, n -> new ConcurrentHashMap<>());
    }
}
