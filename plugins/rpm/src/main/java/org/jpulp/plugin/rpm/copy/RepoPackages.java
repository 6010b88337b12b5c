package org.jpulp.plugin.rpm.copy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jpulp.common.content.Unit;
import org.jpulp.common.plugin.PluginContext;
import org.jpulp.plugin.rpm.RpmUnits;
import org.jpulp.plugin.rpm.RpmVersions;

/**
 * A repository's rpm and srpm units, read on first use with their keys and {@code signing_key} only, indexed by NEVRA
 * and (rpms) by name.
 */
final class RepoPackages {

    static final List<String> PACKAGE_TYPES = List.of(RpmUnits.RPM, RpmUnits.SRPM);
    private static final Comparator<Unit> BY_EVR = (a, b) -> RpmVersions.compareEvr(
            (String) a.key().get("epoch"), (String) a.key().get("version"), (String) a.key().get("release"),
            (String) b.key().get("epoch"), (String) b.key().get("version"), (String) b.key().get("release"));

    private final Map<String, Map<Nevra, List<Unit>>> byNevra = new HashMap<>();
    private final Map<String, List<Unit>> rpmsByName = new HashMap<>();

    private final PluginContext context;
    private final String repoId;
    private boolean loaded;

    private RepoPackages(PluginContext context, String repoId) {
        this.context = context;
        this.repoId = repoId;
    }

    static RepoPackages of(PluginContext context, String repoId) {
        return new RepoPackages(context, repoId);
    }

    private void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        for (String type : PACKAGE_TYPES) {
            List<String> ids = context.associations().unitIds(repoId, type);
            Map<Nevra, List<Unit>> index = byNevra.computeIfAbsent(type, t -> new HashMap<>());
            for (Unit u : context.units().get(type, ids, Set.of("signing_key"))) {
                index.computeIfAbsent(Nevra.of(u.key()), n -> new ArrayList<>()).add(u);
                if (type.equals(RpmUnits.RPM)) {
                    rpmsByName.computeIfAbsent((String) u.key().get("name"), n -> new ArrayList<>()).add(u);
                }
            }
        }
    }

    /** The units of this type with the NEVRA (several when checksums differ). */
    List<Unit> withNevra(String typeId, Nevra nevra) {
        load();
        return byNevra.getOrDefault(typeId, Map.of()).getOrDefault(nevra, List.of());
    }

    /** rpms and srpms with the NEVRA; arch {@code src} names source packages. */
    List<Unit> withNevra(Nevra nevra) {
        List<Unit> found = new ArrayList<>(withNevra(RpmUnits.RPM, nevra));
        found.addAll(withNevra(RpmUnits.SRPM, nevra));
        return found;
    }

    boolean hasRpmNamed(String name) {
        load();
        return rpmsByName.containsKey(name);
    }

    Optional<Unit> newestRpmNamed(String name) {
        load();
        return rpmsByName.getOrDefault(name, List.of()).stream().max(BY_EVR);
    }
}
