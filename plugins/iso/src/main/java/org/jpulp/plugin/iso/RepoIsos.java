package org.jpulp.plugin.iso;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jpulp.common.content.NewUnit;
import org.jpulp.common.content.Unit;
import org.jpulp.common.plugin.PluginContext;
import org.jpulp.plugin.iso.IsoUnits.Iso;

/**
 * The ISOs of one repository while a sync or an upload changes them. Names are unique within an ISO repository:
 * adding an ISO first removes the repository's other ISO of that name (Pulp 2's rule). Counts what it added and
 * removed; associations that already exist are not rewritten. Thread-safe.
 */
public final class RepoIsos {

    private final PluginContext context;
    private final Map<String, Iso> byId = new HashMap<>();
    private final Map<String, Set<String>> idsByName = new HashMap<>();
    private final Set<Iso> held = new HashSet<>();
    private int added;
    private int removed;

    private RepoIsos(PluginContext context) {
        this.context = context;
    }

    /** Loads the repository's current ISOs. */
    public static RepoIsos load(PluginContext context) {
        RepoIsos isos = new RepoIsos(context);
        List<String> ids = context.associations().unitIds(context.repoId(), IsoUnits.TYPE_ID);
        for (Unit u : context.units().get(IsoUnits.TYPE_ID, ids)) {
            isos.put(u.id(), Iso.of(u));
        }
        return isos;
    }

    /** The unit of an ISO whose file is in the content store: the existing one, or a new one. */
    public Unit storedUnit(Iso iso) {
        String path = context.contentStore().pathFor(iso.key(), iso.name()).toString();
        Unit unit = context.units().insertIfAbsent(NewUnit.withFile(iso.key(), path));
        if (!unit.downloaded() || !path.equals(unit.storagePath())) {
            unit = context.units().markDownloaded(IsoUnits.TYPE_ID, unit.id(), path);
        }
        return unit;
    }

    /** Associates the unit with the repository, replacing another ISO of the same name. */
    public synchronized void add(Unit unit) {
        Iso iso = Iso.of(unit);
        if (byId.containsKey(unit.id())) {
            return;
        }
        for (String other : List.copyOf(idsByName.getOrDefault(iso.name(), Set.of()))) {
            remove(other);
        }
        if (context.associations().associate(context.repoId(), IsoUnits.TYPE_ID, unit.id())) {
            added++;
        }
        put(unit.id(), iso);
    }

    /** Removes every ISO of the repository that is not in {@code keep} ({@code remove_missing}). */
    public synchronized void retainOnly(Collection<Iso> keep) {
        Set<Iso> wanted = Set.copyOf(keep);
        List<String> unwanted = byId.entrySet().stream().filter(e -> !wanted.contains(e.getValue()))
                .map(Map.Entry::getKey).toList();
        unwanted.forEach(this::remove);
    }

    private void put(String unitId, Iso iso) {
        byId.put(unitId, iso);
        held.add(iso);
        idsByName.computeIfAbsent(iso.name(), n -> new HashSet<>()).add(unitId);
    }

    private void remove(String unitId) {
        if (context.associations().unassociate(context.repoId(), IsoUnits.TYPE_ID, unitId)) {
            removed++;
        }
        Iso iso = byId.remove(unitId);
        if (iso != null) {
            held.remove(iso);
            idsByName.computeIfPresent(iso.name(), (n, ids) -> {
                ids.remove(unitId);
                return ids.isEmpty() ? null : ids;
            });
        }
    }

    /** Whether the repository already holds this ISO (so a sync has nothing to do for it). */
    public synchronized boolean holds(Iso iso) {
        return held.contains(iso);
    }

    public synchronized List<Iso> isos() {
        return new ArrayList<>(byId.values());
    }

    public synchronized int added() {
        return added;
    }

    public synchronized int removed() {
        return removed;
    }
}
