package org.jpulp.plugin.rpm.copy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jpulp.common.content.Unit;
import org.jpulp.common.plugin.CopyContext;
import org.jpulp.plugin.rpm.ErratumPkglists;
import org.jpulp.plugin.rpm.RpmUnits;

/**
 * What a copy takes from the source repository (reference §7): the matched units, a module's artifact packages
 * always, and with {@code recursive} the children of each unit, transitively: erratum → packages by NEVRA and
 * referenced modules, category → groups, environment → groups and option groups, group → the newest source rpm of
 * each package name the destination does not hold yet, rpm → the providers of its requirements ({@link Dependencies}).
 */
final class CopySelection {

    private static final List<String> GROUP_NAME_FIELDS = List.of("mandatory_package_names",
            "default_package_names", "optional_package_names", "conditional_package_names");

    private final CopyContext context;
    private final CopyOptions options;
    private final boolean recursive;
    private final RepoPackages source;
    private final RepoPackages destination;
    private final Map<String, Unit> selected = new LinkedHashMap<>();
    private final Deque<Unit> pending = new ArrayDeque<>();
    private Map<String, Unit> sourceGroups;
    private Map<Map<String, Object>, Unit> sourceModules;
    private Dependencies dependencies;

    CopySelection(CopyContext context, CopyOptions options, RepoPackages source, RepoPackages destination) {
        this.context = context;
        this.options = options;
        this.recursive = options.recursive();
        this.source = source;
        this.destination = destination;
    }

    List<Unit> expand(Collection<Unit> matched) {
        matched.forEach(this::select);
        while (!pending.isEmpty()) {
            context.checkCanceled();
            children(pending.poll()).forEach(this::select);
        }
        return List.copyOf(selected.values());
    }

    private void select(Unit unit) {
        if (selected.putIfAbsent(unit.typeId() + "/" + unit.id(), unit) == null) {
            pending.add(unit);
            if (recursive && unit.typeId().equals(RpmUnits.RPM)) {
                dependencies().selected(unit);
            }
        }
    }

    private List<Unit> children(Unit unit) {
        if (unit.typeId().equals(RpmUnits.MODULEMD)) {
            return artifacts(unit);
        }
        if (!recursive) {
            return List.of();
        }
        return switch (unit.typeId()) {
            case RpmUnits.RPM -> dependencies().providersFor(unit);
            case RpmUnits.ERRATUM -> erratumChildren(unit);
            case RpmUnits.PACKAGE_GROUP -> groupPackages(unit);
            case RpmUnits.PACKAGE_CATEGORY -> groups(strings(unit.metadata().get("packagegroupids")));
            case RpmUnits.PACKAGE_ENVIRONMENT -> groups(environmentGroupIds(unit));
            default -> List.of();
        };
    }

    private Dependencies dependencies() {
        if (dependencies == null) {
            dependencies = Dependencies.load(context, context.sourceRepoId(), options.conservative());
        }
        return dependencies;
    }

    private List<Unit> artifacts(Unit module) {
        List<Unit> found = new ArrayList<>();
        for (String artifact : strings(module.metadata().get("artifacts"))) {
            Nevra.ofArtifact(artifact).ifPresent(n -> found.addAll(source.withNevra(n)));
        }
        return found;
    }

    private List<Unit> erratumChildren(Unit erratum) {
        List<Unit> found = new ArrayList<>();
        for (Map<String, Object> collection : pkglists(erratum)) {
            if (collection.get("packages") instanceof List<?> packages) {
                packages.stream().filter(Map.class::isInstance)
                        .forEach(p -> found.addAll(source.withNevra(Nevra.ofPkglistEntry((Map<?, ?>) p))));
            }
            if (collection.get("module") instanceof Map<?, ?> module) {
                module(module).ifPresent(found::add);
            }
        }
        return found;
    }

    /** The source repository's package lists of the erratum; those of every repository holding it when it has none. */
    private List<Map<String, Object>> pkglists(Unit erratum) {
        String erratumId = (String) erratum.key().get("id");
        List<Map<String, Object>> own = ErratumPkglists.collections(context.documents(), context.sourceRepoId(),
                erratumId);
        if (!own.isEmpty()) {
            return own;
        }
        List<String> docIds = context.associations().repoIds(RpmUnits.ERRATUM, erratum.id()).stream()
                .map(repo -> ErratumPkglists.id(repo, erratumId)).toList();
        List<Map<String, Object>> all = new ArrayList<>();
        context.documents().getAll(ErratumPkglists.COLLECTION, docIds).values().forEach(doc -> {
            if (doc.get("collections") instanceof List<?> collections) {
                collections.stream().filter(Map.class::isInstance).forEach(c -> all.add(castMap(c)));
            }
        });
        return all;
    }

    private List<Unit> groupPackages(Unit group) {
        Set<String> names = new LinkedHashSet<>();
        for (String field : GROUP_NAME_FIELDS) {
            if (group.metadata().get(field) instanceof List<?> entries) {
                for (Object entry : entries) {
                    Object name = entry instanceof List<?> pair && !pair.isEmpty() ? pair.get(0) : entry;
                    if (name != null) {
                        names.add(name.toString());
                    }
                }
            }
        }
        List<Unit> found = new ArrayList<>();
        for (String name : names) {
            if (!destination.hasRpmNamed(name)) {
                source.newestRpmNamed(name).ifPresent(found::add);
            }
        }
        return found;
    }

    private static List<String> environmentGroupIds(Unit environment) {
        List<String> ids = new ArrayList<>(strings(environment.metadata().get("group_ids")));
        if (environment.metadata().get("options") instanceof List<?> options) {
            for (Object option : options) {
                if (option instanceof Map<?, ?> m && m.get("group") != null) {
                    ids.add(m.get("group").toString());
                }
            }
        }
        return ids;
    }

    private List<Unit> groups(List<String> ids) {
        if (sourceGroups == null) {
            sourceGroups = new HashMap<>();
            List<String> unitIds = context.associations().unitIds(context.sourceRepoId(), RpmUnits.PACKAGE_GROUP);
            context.units().get(RpmUnits.PACKAGE_GROUP, unitIds)
                    .forEach(g -> sourceGroups.put((String) g.key().get("id"), g));
        }
        return ids.stream().map(sourceGroups::get).filter(g -> g != null).toList();
    }

    private Optional<Unit> module(Map<?, ?> nsvca) {
        if (sourceModules == null) {
            sourceModules = new HashMap<>();
            List<String> unitIds = context.associations().unitIds(context.sourceRepoId(), RpmUnits.MODULEMD);
            context.units().get(RpmUnits.MODULEMD, unitIds, Set.of("artifacts"))
                    .forEach(m -> sourceModules.put(moduleKey(m.key().fields()), m));
        }
        return Optional.ofNullable(sourceModules.get(moduleKey(nsvca)));
    }

    private static Map<String, Object> moduleKey(Map<?, ?> fields) {
        Map<String, Object> key = new HashMap<>();
        for (String f : List.of("name", "stream", "version", "context", "arch")) {
            key.put(f, fields.get(f) == null ? null : fields.get(f).toString());
        }
        return key;
    }

    private static List<String> strings(Object value) {
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().filter(v -> v != null).map(Object::toString).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object value) {
        return (Map<String, Object>) value;
    }
}
