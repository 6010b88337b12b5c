package org.jpulp.common.content;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** {@link RepoContentUnits} in memory, for tests and tools; thread-safe. */
public final class InMemoryRepoContentUnits implements RepoContentUnits {

    private record Key(String repoId, String typeId, String unitId) {
    }

    private record Times(String created, String updated) {
    }

    private final Clock clock;
    private final Map<Key, Times> associations = new ConcurrentHashMap<>();

    public InMemoryRepoContentUnits(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public boolean associate(String repoId, String typeId, String unitId) {
        String now = PulpTimestamps.format(clock.instant());
        boolean[] created = {false};
        associations.compute(new Key(repoId, typeId, unitId), (k, old) -> {
            created[0] = old == null;
            return new Times(old == null ? now : old.created(), now);
        });
        return created[0];
    }

    @Override
    public boolean unassociate(String repoId, String typeId, String unitId) {
        return associations.remove(new Key(repoId, typeId, unitId)) != null;
    }

    @Override
    public boolean isAssociated(String repoId, String typeId, String unitId) {
        return associations.containsKey(new Key(repoId, typeId, unitId));
    }

    @Override
    public Optional<Association> find(String repoId, String typeId, String unitId) {
        return Optional.ofNullable(associations.get(new Key(repoId, typeId, unitId)))
                .map(t -> new Association(repoId, typeId, unitId, t.created(), t.updated()));
    }

    @Override
    public List<String> unitIds(String repoId, String typeId) {
        return associations.keySet().stream().filter(k -> k.repoId().equals(repoId) && k.typeId().equals(typeId))
                .map(Key::unitId).sorted().toList();
    }

    @Override
    public void forEach(String repoId, Consumer<Association> action) {
        associations.entrySet().stream().filter(e -> e.getKey().repoId().equals(repoId))
                .map(e -> new Association(repoId, e.getKey().typeId(), e.getKey().unitId(), e.getValue().created(),
                        e.getValue().updated()))
                .sorted(Comparator.comparing(Association::typeId).thenComparing(Association::unitId))
                .forEach(action);
    }

    @Override
    public Map<String, Long> countsByType(String repoId) {
        return associations.keySet().stream().filter(k -> k.repoId().equals(repoId))
                .collect(Collectors.groupingBy(Key::typeId, TreeMap::new, Collectors.counting()));
    }

    @Override
    public List<String> repoIds(String typeId, String unitId) {
        return associations.keySet().stream().filter(k -> k.typeId().equals(typeId) && k.unitId().equals(unitId))
                .map(Key::repoId).sorted().toList();
    }

    @Override
    public long removeRepo(String repoId) {
        List<Key> keys = associations.keySet().stream().filter(k -> k.repoId().equals(repoId)).toList();
        keys.forEach(associations::remove);
        return keys.size();
    }
}
