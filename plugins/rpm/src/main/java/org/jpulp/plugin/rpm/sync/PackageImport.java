package org.jpulp.plugin.rpm.sync;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jpulp.common.content.ContentStore;
import org.jpulp.common.content.NewUnit;
import org.jpulp.common.content.Unit;
import org.jpulp.common.plugin.PluginContext;
import org.jpulp.plugin.rpm.RpmVersions;
import org.jpulp.plugin.rpm.repodata.PackageStream;
import org.jpulp.plugin.rpm.repodata.ParsedPackage;

/**
 * Stores the units of every package a {@link PackageStream} yields, {@value #BATCH} at a time (one lookup and one
 * bulk insert per batch), and remembers for each a small {@link WantedPackage}; only that summary stays in memory.
 * Packages whose file the content store already has are not fetched again.
 */
final class PackageImport {

    static final int BATCH = 500;

    private final PluginContext context;
    private final ContentStore store;
    private final Predicate<String> skippedType;
    private final List<WantedPackage> wanted = new ArrayList<>();
    private final Map<String, Map<String, String>> alreadyStored = new HashMap<>();

    PackageImport(PluginContext context, Predicate<String> skippedType) {
        this.context = context;
        this.store = context.contentStore();
        this.skippedType = skippedType;
    }

    /** Reads every package; returns the wanted ones. */
    List<WantedPackage> read(PackageStream stream) throws IOException {
        List<ParsedPackage> batch = new ArrayList<>(BATCH);
        for (ParsedPackage p = stream.next(); p != null; p = stream.next()) {
            if (skippedType.test(p.typeId())) {
                continue;
            }
            batch.add(p);
            if (batch.size() == BATCH) {
                flush(batch);
                context.checkCanceled();
            }
        }
        flush(batch);
        alreadyStored.forEach((type, paths) -> context.units().markAllDownloaded(type, paths));
        return wanted;
    }

    private void flush(List<ParsedPackage> batch) {
        Map<String, List<ParsedPackage>> byType = batch.stream()
                .collect(Collectors.groupingBy(ParsedPackage::typeId));
        byType.forEach((type, packages) -> {
            List<Unit> units = context.units().insertAllIfAbsent(packages.stream()
                    .map(p -> new NewUnit(p.key(), p.metadata(), null)).toList());
            for (int i = 0; i < packages.size(); i++) {
                want(packages.get(i), units.get(i));
            }
        });
        batch.clear();
    }

    private void want(ParsedPackage p, Unit unit) {
        boolean present = store.holds(p.key(), p.filename(), p.size());
        if (present && !unit.downloaded()) {
            alreadyStored.computeIfAbsent(p.typeId(), t -> new HashMap<>())
                    .put(unit.id(), store.pathFor(p.key(), p.filename()).toString());
        }
        wanted.add(new WantedPackage(unit.id(), p.key(), p.location(), p.filename(), p.size(), !present));
    }

    /** The newest {@code retain + 1} packages of each name and arch (Pulp 2's {@code retain_old_count}). */
    static List<WantedPackage> newest(List<WantedPackage> packages, int retain) {
        Map<String, List<WantedPackage>> groups = packages.stream().collect(Collectors.groupingBy(
                p -> p.typeId() + "\0" + p.field("name") + "\0" + p.field("arch")));
        List<WantedPackage> kept = new ArrayList<>();
        groups.values().forEach(group -> group.stream().sorted(NEWEST_FIRST).limit(retain + 1L).forEach(kept::add));
        return kept;
    }

    static final Comparator<WantedPackage> NEWEST_FIRST = (a, b) -> RpmVersions.compareEvr(
            b.field("epoch"), b.field("version"), b.field("release"),
            a.field("epoch"), a.field("version"), a.field("release"));
}
