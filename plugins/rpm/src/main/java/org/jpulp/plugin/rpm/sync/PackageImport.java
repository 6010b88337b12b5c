package org.jpulp.plugin.rpm.sync;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jpulp.common.content.ContentStore;
import org.jpulp.common.content.NewUnit;
import org.jpulp.common.content.Unit;
import org.jpulp.common.content.UnitKey;
import org.jpulp.common.plugin.PluginContext;
import org.jpulp.plugin.rpm.RpmUnits;
import org.jpulp.plugin.rpm.repodata.PackageStream;
import org.jpulp.plugin.rpm.repodata.ParsedPackage;

/**
 * Stores the units of every package a {@link PackageStream} yields, {@value #BATCH} at a time (one bulk insert per
 * batch), and remembers for each a small {@link WantedPackage}; only that summary stays in memory. Packages the
 * repository already holds (known by key, loaded once) cost no database call; packages whose file the content store
 * already has are not fetched again.
 */
final class PackageImport {

    static final int BATCH = 500;

    private final PluginContext context;
    private final ContentStore store;
    private final Predicate<ParsedPackage> wanted;
    private final List<WantedPackage> result = new ArrayList<>();
    private final Map<String, Map<String, String>> alreadyStored = new HashMap<>();
    private final Map<UnitKey, String> inRepository = new HashMap<>();

    /** @param wanted which upstream packages the repository should hold (type skip list, retention) */
    PackageImport(PluginContext context, Predicate<ParsedPackage> wanted) {
        this.context = context;
        this.store = context.contentStore();
        this.wanted = wanted;
        for (String type : List.of(RpmUnits.RPM, RpmUnits.SRPM)) {
            context.units().keys(type, context.associations().unitIds(context.repoId(), type))
                    .forEach((id, key) -> inRepository.put(key, id));
        }
    }

    /** Reads every package; returns the wanted ones. */
    List<WantedPackage> read(PackageStream stream) throws IOException {
        List<ParsedPackage> batch = new ArrayList<>(BATCH);
        for (ParsedPackage p = stream.next(); p != null; p = stream.next()) {
            if (!wanted.test(p)) {
                continue;
            }
            String known = inRepository.get(p.key());
            if (known != null) {
                result.add(new WantedPackage(known, p.key(), p.location(), p.filename(), p.size(),
                        !store.holds(p.key(), p.filename(), p.size())));
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
        return result;
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
        result.add(new WantedPackage(unit.id(), p.key(), p.location(), p.filename(), p.size(), !present));
    }
}
