package org.jpulp.common.content;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jpulp.common.plugin.UnitTypeDefinition;

/** A {@link UnitStore} in memory, for tests and tools; thread-safe. */
public final class InMemoryUnitStore implements UnitStore {

    private final Map<String, Set<String>> keyFields = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Map<String, Unit> byId = new ConcurrentHashMap<>();
    private final Map<UnitKey, String> byKey = new ConcurrentHashMap<>();

    public InMemoryUnitStore(Collection<UnitTypeDefinition> types, Clock clock) {
        types.forEach(t -> keyFields.put(t.id(), Set.copyOf(t.unitKey())));
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Optional<Unit> find(UnitKey key) {
        checkKeyFields(key);
        return Optional.ofNullable(byKey.get(key)).map(byId::get);
    }

    @Override
    public Optional<Unit> get(String typeId, String unitId) {
        checkType(typeId);
        return Optional.ofNullable(byId.get(unitId)).filter(u -> u.typeId().equals(typeId));
    }

    @Override
    public List<Unit> get(String typeId, Collection<String> unitIds) {
        return unitIds.stream().distinct().map(id -> get(typeId, id)).flatMap(Optional::stream).toList();
    }

    @Override
    public synchronized Unit insertIfAbsent(NewUnit unit) {
        checkKeyFields(unit.key());
        String existing = byKey.get(unit.key());
        if (existing != null) {
            return byId.get(existing);
        }
        Unit stored = new Unit(UUID.randomUUID().toString(), unit.key(), unit.metadata(), unit.storagePath(),
                unit.storagePath() != null, now(), Map.of());
        byId.put(stored.id(), stored);
        byKey.put(stored.key(), stored.id());
        return stored;
    }

    @Override
    public synchronized Unit markDownloaded(String typeId, String unitId, String storagePath) {
        Unit u = get(typeId, unitId).orElseThrow(() -> new IllegalArgumentException("no " + typeId + " unit " + unitId));
        Unit updated = new Unit(u.id(), u.key(), u.metadata(), storagePath, true, now(), u.userMetadata());
        byId.put(u.id(), updated);
        return updated;
    }

    @Override
    public synchronized Unit updateMetadata(String typeId, String unitId, Map<String, Object> fields) {
        Unit u = get(typeId, unitId).orElseThrow(() -> new IllegalArgumentException("no " + typeId + " unit " + unitId));
        Map<String, Object> metadata = new java.util.HashMap<>(u.metadata());
        metadata.putAll(new NewUnit(u.key(), fields, null).metadata());
        Unit updated = new Unit(u.id(), u.key(), metadata, u.storagePath(), u.downloaded(), now(), u.userMetadata());
        byId.put(u.id(), updated);
        return updated;
    }

    @Override
    public synchronized boolean delete(String typeId, String unitId) {
        Optional<Unit> u = get(typeId, unitId);
        u.ifPresent(x -> {
            byId.remove(x.id());
            byKey.remove(x.key());
        });
        return u.isPresent();
    }

    @Override
    public long count(String typeId) {
        checkType(typeId);
        return byId.values().stream().filter(u -> u.typeId().equals(typeId)).count();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private void checkType(String typeId) {
        if (!keyFields.containsKey(typeId)) {
            throw new IllegalArgumentException("unknown unit type '" + typeId + "'");
        }
    }

    private void checkKeyFields(UnitKey key) {
        checkType(key.typeId());
        Set<String> expected = keyFields.get(key.typeId());
        if (!key.fields().keySet().equals(expected)) {
            throw new IllegalArgumentException("a " + key.typeId() + " unit key has the fields "
                    + new TreeSet<>(expected) + ", not " + key.fields().keySet());
        }
    }
}
