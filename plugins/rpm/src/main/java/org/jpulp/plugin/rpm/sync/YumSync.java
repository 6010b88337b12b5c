package org.jpulp.plugin.rpm.sync;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jpulp.common.content.ContentStore;
import org.jpulp.common.download.Downloader;
import org.jpulp.common.plugin.PluginException;
import org.jpulp.common.plugin.SyncContext;
import org.jpulp.common.plugin.SyncReport;
import org.jpulp.common.task.TaskCanceledException;
import org.jpulp.plugin.rpm.RpmUnits;
import org.jpulp.plugin.rpm.repodata.PackageStream;
import org.jpulp.plugin.rpm.repodata.RepodataException;
import org.jpulp.plugin.rpm.repodata.Repomd;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One sync of a yum repository (reference §2.2). Fetches repomd.xml; when it, the config and the repository's content
 * are as the last successful sync left them, stops there. Otherwise fetches and verifies every metadata file, stores
 * the units of packages, errata, comps, modules and other metadata files as it streams through them, downloads the
 * missing package files concurrently, and only when all of that succeeded changes the repository's associations
 * ({@code remove_missing}, {@code retain_old_count}, duplicates) and erratum package lists. A failed sync leaves the
 * repository as it was (units and files it stored stay as orphans for the next attempt to reuse).
 */
final class YumSync {

    private static final Logger LOG = LoggerFactory.getLogger(YumSync.class);
    private static final Duration STALE_STAGING = Duration.ofDays(1);
    static final List<String> REMOVABLE = List.of(RpmUnits.RPM, RpmUnits.SRPM, RpmUnits.ERRATUM,
            RpmUnits.PACKAGE_GROUP, RpmUnits.PACKAGE_CATEGORY, RpmUnits.PACKAGE_ENVIRONMENT);

    private final SyncContext context;
    private final YumImporterConfig config;
    private final YumSyncProgress progress = new YumSyncProgress();
    private final ContentStore store;
    private final Map<String, List<String>> wanted = new LinkedHashMap<>();
    private final PhaseTimes times = new PhaseTimes();
    private int added;
    private int removed;

    YumSync(SyncContext context, YumImporterConfig config) {
        this.context = context;
        this.config = config;
        this.store = context.contentStore();
    }

    SyncReport run() throws IOException {
        report();
        URI feed = config.feedBase();
        store.cleanStaging(STALE_STAGING, context.clock().instant());
        Path work = context.workingDirectory().resolve("yum");
        try (Downloader downloader = context.downloader(config.downloadOptions())) {
            progress.start(YumSyncProgress.METADATA);
            report();
            RemoteRepodata repodata = new RemoteRepodata(downloader, feed, work.resolve("repodata"));
            Repomd repomd = repodata.repomd();
            SyncRecords records = new SyncRecords(context);
            if (!config.forceFull() && records.unchanged(repodata.repomdSha256())) {
                return unchanged(feed);
            }
            repodata.fetch(entriesToFetch(repomd));
            progress.finish(YumSyncProgress.METADATA);
            times.end("metadata");
            List<WantedPackage> packages = packages(repodata, work);
            modules(repodata, repomd, packages);
            ErrataImport errata = errata(repodata, repomd);
            comps(repodata, repomd);
            otherMetadata(repodata, repomd);
            times.end("other units");
            progress.start(YumSyncProgress.PURGE_DUPLICATES);
            report();
            applyAssociations(packages);
            if (errata != null) {
                errata.savePkglists();
            }
            progress.finish(YumSyncProgress.PURGE_DUPLICATES);
            report();
            records.save(repodata.repomdSha256(), repomd.revision(), repomd.entries().get(0).checksumType());
            times.end("associations");
            LOG.info("synced yum repository {} from {}: {} packages upstream, {} added, {} removed ({})",
                    context.repoId(), feed, packages.size(), added, removed, times);
            return new SyncReport(added, removed, 0, progress.summary(), progress.toMap());
        } catch (TaskCanceledException e) {
            progress.fail(null, true);
            report();
            throw e;
        } catch (RepodataException e) {
            throw fail(e.getMessage(), e);
        } catch (PluginException e) {
            throw fail(e.getMessage(), e);
        } catch (IOException | java.io.UncheckedIOException e) {
            throw fail("yum sync of " + feed + " failed: " + e.getMessage(), e);
        }
    }

    private SyncReport unchanged(URI feed) {
        progress.finish(YumSyncProgress.METADATA);
        YumSyncProgress.STEPS.stream().filter(s -> !s.equals(YumSyncProgress.METADATA)).forEach(progress::skip);
        report();
        LOG.info("yum repository {}: {} is unchanged since the last sync", context.repoId(), feed);
        return new SyncReport(0, 0, 0, progress.summary(), progress.toMap());
    }

    private List<Repomd.Entry> entriesToFetch(Repomd repomd) {
        return repomd.entries().stream().filter(e -> !e.type().endsWith("_db") && !e.type().endsWith("_zck"))
                .filter(e -> !skipsEntry(e.type())).toList();
    }

    private boolean skipsEntry(String type) {
        return (type.equals("updateinfo") && config.skips(RpmUnits.ERRATUM))
                || (type.equals("prestodelta") || type.equals("deltainfo") || type.equals("susedata"));
    }

    private List<WantedPackage> packages(RemoteRepodata repodata, Path work) throws IOException {
        progress.start(YumSyncProgress.CONTENT);
        report();
        Set<String> retained = null;
        if (config.retainOldCount() != null) {
            try (InputStream primary = repodata.open("primary")) {
                retained = Retention.newest(primary, config.retainOldCount(), config::skips);
                drain(primary);
            }
        }
        Set<String> keep = retained;
        List<WantedPackage> packages;
        try (InputStream primary = repodata.open("primary"); InputStream filelists = repodata.open("filelists");
             InputStream other = repodata.open("other");
             PackageStream stream = new PackageStream(primary, filelists, other, work.resolve("spool"))) {
            packages = new PackageImport(context, p -> !config.skips(p.typeId())
                    && (keep == null || keep.contains(p.checksum()))).read(stream);
            drain(primary);
            drain(filelists);
            drain(other);
        }
        times.end("package units");
        new PackageDownloads(context, repodata.downloader(), progress, this::report).fetch(packages, repodata.feed());
        packages.forEach(p -> wanted.computeIfAbsent(p.typeId(), t -> new ArrayList<>()).add(p.unitId()));
        times.end("downloads");
        progress.finish(YumSyncProgress.CONTENT);
        progress.skip(YumSyncProgress.DISTRIBUTION);
        report();
        return packages;
    }

    private void modules(RemoteRepodata repodata, Repomd repomd, List<WantedPackage> packages) throws IOException {
        if (repomd.entry("modules").isEmpty()) {
            progress.skip(YumSyncProgress.MODULES);
            return;
        }
        progress.start(YumSyncProgress.MODULES);
        report();
        ModulesImport modules = new ModulesImport(context);
        try (InputStream in = repodata.open("modules")) {
            modules.read(in).forEach(this::want);
            drain(in);
        }
        markModular(packages, modules.artifacts());
        progress.finish(YumSyncProgress.MODULES);
    }

    /** Packages a module lists as its artifact are modular (Pulp 2 reads that from the package header). */
    private void markModular(List<WantedPackage> packages, Set<String> artifacts) {
        for (WantedPackage p : packages) {
            String nevra = p.field("name") + "-" + p.field("epoch") + ":" + p.field("version") + "-"
                    + p.field("release") + "." + p.field("arch");
            if (p.typeId().equals(RpmUnits.RPM) && artifacts.contains(nevra)) {
                context.units().updateMetadata(RpmUnits.RPM, p.unitId(), Map.of("is_modular", true));
            }
        }
    }

    private ErrataImport errata(RemoteRepodata repodata, Repomd repomd) throws IOException {
        if (repomd.entry("updateinfo").isEmpty() || config.skips(RpmUnits.ERRATUM)) {
            progress.skip(YumSyncProgress.ERRATA);
            return null;
        }
        progress.start(YumSyncProgress.ERRATA);
        report();
        ErrataImport errata = new ErrataImport(context);
        try (InputStream in = repodata.open("updateinfo")) {
            errata.read(in).forEach(this::want);
            drain(in);
        }
        progress.finish(YumSyncProgress.ERRATA);
        return errata;
    }

    private void comps(RemoteRepodata repodata, Repomd repomd) throws IOException {
        String type = repomd.entry("group").isPresent() ? "group"
                : repomd.entries().stream().map(Repomd.Entry::type).filter(t -> t.startsWith("group_")).findFirst()
                .orElse(null);
        if (type == null) {
            progress.skip(YumSyncProgress.COMPS);
            return;
        }
        progress.start(YumSyncProgress.COMPS);
        report();
        try (InputStream in = repodata.open(type)) {
            new CompsImport(context).read(in).forEach(this::want);
            drain(in);
        }
        progress.finish(YumSyncProgress.COMPS);
    }

    private void otherMetadata(RemoteRepodata repodata, Repomd repomd) throws IOException {
        List<Repomd.Entry> custom = repomd.entries().stream().filter(e -> MetadataFileImport.isCustom(e.type()))
                .toList();
        want(RpmUnits.YUM_REPO_METADATA_FILE, new MetadataFileImport(context).store(custom, repodata::file));
    }

    private void want(String type, List<String> unitIds) {
        wanted.computeIfAbsent(type, t -> new ArrayList<>()).addAll(unitIds);
    }

    /** Associates everything wanted, then removes what {@code remove_missing}, retention and duplicates exclude. */
    private void applyAssociations(List<WantedPackage> packages) {
        String repo = context.repoId();
        wanted.forEach((type, ids) -> added += context.associations().associateAll(repo, type, ids).size());
        if (config.removeMissing()) {
            for (String type : REMOVABLE) {
                if (config.skips(type)) {
                    continue;
                }
                Set<String> keep = Set.copyOf(wanted.getOrDefault(type, List.of()));
                List<String> extra = context.associations().unitIds(repo, type).stream()
                        .filter(id -> !keep.contains(id)).toList();
                removed += context.associations().unassociateAll(repo, type, extra);
            }
        }
        for (String type : List.of(RpmUnits.RPM, RpmUnits.SRPM)) {
            Set<String> upstream = Set.copyOf(wanted.getOrDefault(type, List.of()));
            List<String> drop = new RepoPackages(context, type).excess(config.retainOldCount(), upstream);
            removed += context.associations().unassociateAll(repo, type, drop);
        }
        context.checkCanceled();
    }

    private static void drain(InputStream in) throws IOException {
        in.transferTo(OutputStream.nullOutputStream());
    }

    private PluginException fail(String message, Throwable cause) {
        progress.fail(message, false);
        report();
        return new PluginException(message, cause);
    }

    private void report() {
        context.reportProgress(progress.toMap());
    }

}
