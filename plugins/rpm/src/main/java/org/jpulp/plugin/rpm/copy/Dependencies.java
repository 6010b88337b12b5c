package org.jpulp.plugin.rpm.copy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jpulp.common.content.Unit;
import org.jpulp.common.plugin.PluginContext;
import org.jpulp.plugin.rpm.RpmUnits;
import org.jpulp.plugin.rpm.RpmVersions;

/**
 * A stand-in for the libsolv step of Pulp 2's recursive copy (reference §7): the newest source rpm providing each
 * capability a copied rpm requires. Only capability names count (versions in requirements are ignored); file and rich
 * dependencies and {@code rpmlib(...)} are skipped. {@code recursive_conservative} leaves out requirements the
 * destination already provides; {@code recursive} copies the newest provider anyway.
 */
final class Dependencies {

    private final Map<String, List<String>> requiresById = new HashMap<>();
    private final Map<String, List<Unit>> sourceProviders = new HashMap<>();
    private final Set<String> destinationCapabilities = new HashSet<>();
    private final Set<String> selectedCapabilities = new HashSet<>();
    private final Map<String, List<String>> providesById = new HashMap<>();
    private final boolean conservative;

    private Dependencies(boolean conservative) {
        this.conservative = conservative;
    }

    static Dependencies load(PluginContext context, String sourceRepoId, boolean conservative) {
        Dependencies deps = new Dependencies(conservative);
        List<String> sourceIds = context.associations().unitIds(sourceRepoId, RpmUnits.RPM);
        for (Unit u : context.units().get(RpmUnits.RPM, sourceIds, Set.of("requires", "provides", "signing_key"))) {
            deps.requiresById.put(u.id(), names(u.metadata().get("requires")));
            List<String> provides = capabilities(u);
            deps.providesById.put(u.id(), provides);
            provides.forEach(c -> deps.sourceProviders.computeIfAbsent(c, k -> new ArrayList<>()).add(u));
        }
        if (conservative) {
            List<String> destIds = context.associations().unitIds(context.repoId(), RpmUnits.RPM);
            context.units().get(RpmUnits.RPM, destIds, Set.of("provides"))
                    .forEach(u -> deps.destinationCapabilities.addAll(capabilities(u)));
        }
        return deps;
    }

    /** Records what a selected rpm provides, so that requirements it satisfies are not solved again. */
    void selected(Unit rpm) {
        selectedCapabilities.addAll(providesById.getOrDefault(rpm.id(), List.of()));
    }

    /** The providers to copy for the rpm's requirements that neither the selection nor (conservative) the destination meet. */
    List<Unit> providersFor(Unit rpm) {
        List<Unit> found = new ArrayList<>();
        for (String capability : requiresById.getOrDefault(rpm.id(), List.of())) {
            if (solvable(capability) && !selectedCapabilities.contains(capability)
                    && !(conservative && destinationCapabilities.contains(capability))) {
                newestProvider(capability).ifPresent(p -> {
                    found.add(p);
                    selected(p);
                });
            }
        }
        return found;
    }

    private Optional<Unit> newestProvider(String capability) {
        return sourceProviders.getOrDefault(capability, List.of()).stream().max((a, b) -> RpmVersions.compareEvr(
                (String) a.key().get("epoch"), (String) a.key().get("version"), (String) a.key().get("release"),
                (String) b.key().get("epoch"), (String) b.key().get("version"), (String) b.key().get("release")));
    }

    private static boolean solvable(String capability) {
        return !capability.startsWith("/") && !capability.startsWith("(") && !capability.startsWith("rpmlib(");
    }

    private static List<String> capabilities(Unit rpm) {
        List<String> provides = new ArrayList<>(names(rpm.metadata().get("provides")));
        provides.add((String) rpm.key().get("name"));
        return provides;
    }

    private static List<String> names(Object dependencies) {
        List<String> names = new ArrayList<>();
        if (dependencies instanceof List<?> list) {
            for (Object d : list) {
                if (d instanceof Map<?, ?> m && m.get("name") != null) {
                    names.add(m.get("name").toString());
                }
            }
        }
        return names;
    }
}
