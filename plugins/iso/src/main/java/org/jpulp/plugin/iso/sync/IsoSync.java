package org.jpulp.plugin.iso.sync;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jpulp.common.content.ContentStore;
import org.jpulp.common.content.SafePaths;
import org.jpulp.common.download.DownloadCanceledException;
import org.jpulp.common.download.DownloadException;
import org.jpulp.common.download.DownloadListener;
import org.jpulp.common.download.DownloadOutcome;
import org.jpulp.common.download.DownloadRequest;
import org.jpulp.common.download.DownloadResult;
import org.jpulp.common.download.Downloader;
import org.jpulp.common.download.Urls;
import org.jpulp.common.plugin.PluginException;
import org.jpulp.common.plugin.SyncContext;
import org.jpulp.common.plugin.SyncReport;
import org.jpulp.common.task.TaskCanceledException;
import org.jpulp.plugin.iso.IsoUnits;
import org.jpulp.plugin.iso.IsoUnits.Iso;
import org.jpulp.plugin.iso.RepoIsos;
import org.jpulp.plugin.iso.manifest.ManifestException;
import org.jpulp.plugin.iso.manifest.PulpManifest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One sync of an ISO repository: fetch and check {@code <feed>/PULP_MANIFEST}; associate entries whose file the
 * content store already has (nothing is downloaded for them); download the others concurrently into staging files,
 * validate them, move them into the store and associate them as they complete; then, when every file succeeded,
 * remove the repository's ISOs the manifest no longer lists ({@code remove_missing}). Any failed file fails the sync
 * at the end, naming each file and its cause; what did succeed stays stored and associated (as in Pulp 2).
 */
final class IsoSync {

    private static final Logger LOG = LoggerFactory.getLogger(IsoSync.class);
    private static final Duration STALE_STAGING = Duration.ofDays(1);
    private static final int LISTED_FAILURES = 10;

    private final SyncContext context;
    private final IsoImporterConfig config;
    private final IsoSyncProgress progress;
    private final ContentStore store;

    IsoSync(SyncContext context, IsoImporterConfig config) {
        this.context = context;
        this.config = config;
        this.progress = new IsoSyncProgress(context.clock());
        this.store = context.contentStore();
    }

    SyncReport run() throws IOException {
        report();
        URI feed = config.feedBase();
        store.cleanStaging(STALE_STAGING, context.clock().instant());
        try (Downloader downloader = context.downloader(config.downloadOptions())) {
            List<Iso> manifest = manifest(downloader, feed);
            context.checkCanceled();
            RepoIsos repo = RepoIsos.load(context);
            List<Iso> missing = new ArrayList<>();
            for (Iso iso : manifest) {
                if (store.holds(iso.key(), iso.name(), iso.size())) {
                    if (!repo.holds(iso)) {
                        repo.add(repo.storedUnit(iso));
                    }
                } else {
                    missing.add(iso);
                }
            }
            progress.downloading(missing.size(), missing.stream().mapToLong(Iso::size).sum());
            report();
            List<DownloadOutcome> failures = download(downloader, feed, missing, repo);
            context.checkCanceled();
            if (!failures.isEmpty()) {
                throw fail(IsoSyncProgress.ISOS_FAILED, failureMessage(feed, failures, manifest.size()), null);
            }
            if (config.removeMissing()) {
                repo.retainOnly(manifest);
            }
            progress.state(IsoSyncProgress.COMPLETE);
            report();
            LOG.info("synced ISO repository {} from {}: {} in the manifest, {} downloaded, {} added, {} removed",
                    context.repoId(), feed, manifest.size(), missing.size(), repo.added(), repo.removed());
            Map<String, Object> summary = progress.toMap();
            return new SyncReport(repo.added(), repo.removed(), 0, summary, summary);
        } catch (TaskCanceledException e) {
            progress.state(IsoSyncProgress.CANCELLED);
            report();
            throw e;
        }
    }

    private List<Iso> manifest(Downloader downloader, URI feed) throws IOException {
        progress.state(IsoSyncProgress.MANIFEST_IN_PROGRESS);
        report();
        URI url = Urls.resolve(feed, IsoUnits.MANIFEST);
        Path file = Files.createDirectories(context.workingDirectory()).resolve(IsoUnits.MANIFEST);
        try {
            downloader.fetch(DownloadRequest.of(url, file));
            return PulpManifest.read(file);
        } catch (DownloadCanceledException e) {
            context.checkCanceled();
            throw fail(IsoSyncProgress.MANIFEST_FAILED, "Failed to download the manifest: " + e.getMessage(), e);
        } catch (DownloadException e) {
            throw fail(IsoSyncProgress.MANIFEST_FAILED, "Failed to download the manifest: " + e.getMessage(), e);
        } catch (ManifestException e) {
            throw fail(IsoSyncProgress.MANIFEST_FAILED, "The manifest " + url + " is invalid: " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private List<DownloadOutcome> download(Downloader downloader, URI feed, List<Iso> missing, RepoIsos repo)
            throws IOException {
        Map<String, Iso> byName = new HashMap<>();
        List<DownloadRequest> requests = new ArrayList<>();
        try {
            for (Iso iso : missing) {
                byName.put(iso.name(), iso);
                requests.add(new DownloadRequest(Urls.resolve(feed, iso.name()), store.newStagingFile(),
                        config.validate() ? iso.size() : null, config.validate() ? iso.checksum() : null, iso.name()));
            }
            List<DownloadOutcome> outcomes = downloader.fetchAll(requests, new DownloadListener() {
                @Override
                public void succeeded(DownloadResult result) throws IOException {
                    Iso iso = byName.get(result.request().label());
                    store.commit(result.request().destination(), iso.key(), iso.name());
                    repo.add(repo.storedUnit(iso));
                    progress.isoFinished(iso.size());
                    report();
                }

                @Override
                public void failed(DownloadRequest request, DownloadException error) {
                    if (!(error instanceof DownloadCanceledException)) {
                        progress.isoFailed(request.label(), error);
                    }
                }
            });
            return outcomes.stream().filter(o -> !o.succeeded()).toList();
        } finally {
            requests.forEach(r -> store.discard(r.destination()));
        }
    }

    private static String failureMessage(URI feed, List<DownloadOutcome> failures, int total) {
        StringBuilder m = new StringBuilder(failures.size() + " of " + total + " files from " + feed
                + " could not be synchronized: ");
        for (int i = 0; i < Math.min(LISTED_FAILURES, failures.size()); i++) {
            DownloadOutcome f = failures.get(i);
            m.append(i == 0 ? "" : "; ").append(SafePaths.quote(f.request().label())).append(": ")
                    .append(f.error().reason()).append(" (").append(f.request().url()).append(')');
        }
        if (failures.size() > LISTED_FAILURES) {
            m.append("; and ").append(failures.size() - LISTED_FAILURES).append(" more");
        }
        return m.toString();
    }

    private PluginException fail(String state, String message, Throwable cause) {
        progress.failed(state, message);
        report();
        return new PluginException(message, cause);
    }

    private void report() {
        context.reportProgress(progress.toMap());
    }
}
