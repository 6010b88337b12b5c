package org.jpulp.plugin.rpm.sync;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jpulp.common.content.ContentStore;
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
import org.jpulp.plugin.rpm.repodata.Checksums;

/**
 * Fetches the files of wanted packages concurrently ({@code max_downloads}) into staging files (named after one
 * reserved staging file, created only as each download starts), checks each against
 * the size and checksum primary.xml gives, moves it into the content store and marks the units downloaded (in bulk,
 * after the downloads). Any failed package fails the sync, naming each package and cause.
 */
final class PackageDownloads {

    private static final int LISTED_FAILURES = 10;

    private final SyncContext context;
    private final Downloader downloader;
    private final YumSyncProgress progress;
    private final Runnable report;
    private final ContentStore store;

    PackageDownloads(SyncContext context, Downloader downloader, YumSyncProgress progress, Runnable report) {
        this.context = context;
        this.downloader = downloader;
        this.progress = progress;
        this.report = report;
        this.store = context.contentStore();
    }

    void fetch(List<WantedPackage> packages, URI feed) throws IOException {
        List<WantedPackage> missing = packages.stream().filter(WantedPackage::download).toList();
        progress.downloading(missing.size(), missing.stream().mapToLong(WantedPackage::size).sum());
        report.run();
        if (missing.isEmpty()) {
            return;
        }
        Map<String, WantedPackage> byLabel = new HashMap<>();
        Map<String, Map<String, String>> stored = new ConcurrentHashMap<>();
        List<DownloadRequest> requests = new ArrayList<>();
        List<DownloadOutcome> failures;
        Path staging = store.newStagingFile();
        try {
            int n = 0;
            for (WantedPackage p : missing) {
                String label = p.filename() + " (" + p.unitId() + ")";
                byLabel.put(label, p);
                Path destination = staging.resolveSibling(staging.getFileName() + "." + n++);
                requests.add(new DownloadRequest(Urls.resolve(feed, p.location()), destination, p.size(),
                        p.field("checksumtype").equals("sha256") ? p.field("checksum") : null, label));
            }
            failures = downloader.fetchAll(requests, new Listener(byLabel, stored)).stream()
                    .filter(o -> !o.succeeded()).toList();
        } finally {
            store.discard(staging);
            requests.forEach(r -> store.discard(r.destination()));
            stored.forEach((type, paths) -> context.units().markAllDownloaded(type, paths));
        }
        context.checkCanceled();
        if (!failures.isEmpty()) {
            throw new PluginException(message(failures, byLabel, missing.size(), feed));
        }
    }

    private final class Listener implements DownloadListener {
        private final Map<String, WantedPackage> byLabel;
        private final Map<String, Map<String, String>> stored;

        Listener(Map<String, WantedPackage> byLabel, Map<String, Map<String, String>> stored) {
            this.byLabel = byLabel;
            this.stored = stored;
        }

        @Override
        public void succeeded(DownloadResult result) throws IOException {
            WantedPackage p = byLabel.get(result.request().label());
            String type = p.field("checksumtype");
            if (!type.equals("sha256")) {
                String actual = Checksums.of(result.request().destination(), type);
                if (!actual.equals(p.field("checksum"))) {
                    throw new IOException("checksum mismatch: the " + type + " checksum is " + actual
                            + ", primary.xml says " + p.field("checksum"));
                }
            }
            String path = store.commit(result.request().destination(), p.key(), p.filename()).toString();
            stored.computeIfAbsent(p.typeId(), t -> new ConcurrentHashMap<>()).put(p.unitId(), path);
            progress.downloaded(p.size());
            report.run();
        }

        @Override
        public void failed(DownloadRequest request, DownloadException error) {
            if (error instanceof DownloadCanceledException) {
                return;
            }
            WantedPackage p = byLabel.get(request.label());
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("name", p.field("name"));
            details.put("url", request.url().toString());
            details.put("response_code", Math.max(error.statusCode(), 0));
            details.put("error_message", error.reason());
            progress.contentError(details);
        }
    }

    private static String message(List<DownloadOutcome> failures, Map<String, WantedPackage> byLabel, int total,
                                  URI feed) {
        StringBuilder m = new StringBuilder(failures.size() + " of " + total + " packages from " + feed
                + " could not be synchronized: ");
        for (int i = 0; i < Math.min(LISTED_FAILURES, failures.size()); i++) {
            DownloadOutcome f = failures.get(i);
            WantedPackage p = byLabel.get(f.request().label());
            m.append(i == 0 ? "" : "; ").append(p.filename()).append(": ").append(f.error().reason())
                    .append(" (").append(f.request().url()).append(')');
        }
        if (failures.size() > LISTED_FAILURES) {
            m.append("; and ").append(failures.size() - LISTED_FAILURES).append(" more");
        }
        return m.toString();
    }
}
