package org.jpulp.plugin.rpm.sync;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jpulp.common.content.UnitKey;
import org.jpulp.common.plugin.PluginContext;
import org.jpulp.plugin.rpm.RpmVersions;

/** The rpm (or srpm) units a repository holds, by key only (loaded in batches, without their metadata). */
final class RepoPackages {

    private final Map<String, UnitKey> keys;

    RepoPackages(PluginContext context, String typeId) {
        this.keys = context.units().keys(typeId, context.associations().unitIds(context.repoId(), typeId));
    }

    /**
     * Units to unassociate: of several units with one NEVRA (differing checksums) all but one, preferring those in
     * {@code upstream}; with {@code retain} set, every version of a name and arch older than the newest
     * {@code retain + 1}.
     */
    List<String> excess(Integer retain, Set<String> upstream) {
        List<String> drop = new ArrayList<>();
        Map<String, List<String>> byNevra = keys.keySet().stream().collect(Collectors.groupingBy(
                id -> nevra(keys.get(id))));
        List<String> unique = new ArrayList<>();
        for (List<String> same : byNevra.values()) {
            List<String> ordered = same.stream().sorted(Comparator.comparing((String id) -> !upstream.contains(id))
                    .thenComparing(Comparator.naturalOrder())).toList();
            unique.add(ordered.get(0));
            drop.addAll(ordered.subList(1, ordered.size()));
        }
        if (retain != null) {
            Map<String, List<String>> byName = unique.stream().collect(Collectors.groupingBy(
                    id -> keys.get(id).get("name") + "\0" + keys.get(id).get("arch")));
            for (List<String> versions : byName.values()) {
                List<String> newestFirst = versions.stream().sorted((a, b) -> compare(keys.get(b), keys.get(a)))
                        .toList();
                if (newestFirst.size() > retain + 1) {
                    drop.addAll(newestFirst.subList(retain + 1, newestFirst.size()));
                }
            }
        }
        return drop;
    }

    private static int compare(UnitKey a, UnitKey b) {
        return RpmVersions.compareEvr((String) a.get("epoch"), (String) a.get("version"), (String) a.get("release"),
                (String) b.get("epoch"), (String) b.get("version"), (String) b.get("release"));
    }

    private static String nevra(UnitKey k) {
        return k.get("name") + "\0" + k.get("epoch") + "\0" + k.get("version") + "\0" + k.get("release") + "\0"
                + k.get("arch");
    }
}
