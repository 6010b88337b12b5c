package org.jpulp.common.plugin.testbed;

import java.nio.file.Path;
import java.time.Clock;
import org.jpulp.common.content.ContentStore;
import org.jpulp.common.content.PluginDocuments;
import org.jpulp.common.content.RepoContentUnits;
import org.jpulp.common.content.UnitStore;
import org.jpulp.common.download.DownloadOptions;
import org.jpulp.common.download.Downloader;
import org.jpulp.common.download.HttpDownloader;
import org.jpulp.common.plugin.PluginConfig;
import org.jpulp.common.plugin.SyncContext;
import org.jpulp.common.time.Sleeper;

/** A sync context whose downloaders do not wait between retries, so retry tests take no time. */
public final class FastRetrySyncContext implements SyncContext {

    private final SyncContext delegate;

    public FastRetrySyncContext(SyncContext delegate) {
        this.delegate = delegate;
    }

    @Override
    public Downloader downloader(DownloadOptions options) {
        Sleeper noWait = d -> { };
        return new HttpDownloader(options, this::isCanceled, noWait);
    }

    @Override
    public String repoId() {
        return delegate.repoId();
    }

    @Override
    public PluginConfig config() {
        return delegate.config();
    }

    @Override
    public Path workingDirectory() {
        return delegate.workingDirectory();
    }

    @Override
    public ContentStore contentStore() {
        return delegate.contentStore();
    }

    @Override
    public UnitStore units() {
        return delegate.units();
    }

    @Override
    public RepoContentUnits associations() {
        return delegate.associations();
    }

    @Override
    public Clock clock() {
        return delegate.clock();
    }

    @Override
    public PluginDocuments documents() {
        return delegate.documents();
    }

    @Override
    public void reportProgress(Object report) {
        delegate.reportProgress(report);
    }

    @Override
    public void checkCanceled() {
        delegate.checkCanceled();
    }

    @Override
    public boolean isCanceled() {
        return delegate.isCanceled();
    }
}
