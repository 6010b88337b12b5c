package org.jpulp.common.plugin.testbed;

import org.jpulp.common.download.DownloadOptions;
import org.jpulp.common.download.Downloader;
import org.jpulp.common.download.HttpDownloader;
import org.jpulp.common.plugin.ForwardingPluginContext;
import org.jpulp.common.plugin.SyncContext;
import org.jpulp.common.time.Sleeper;

/** A sync context whose downloaders do not wait between retries, so retry tests take no time. */
public final class FastRetrySyncContext extends ForwardingPluginContext implements SyncContext {

    public FastRetrySyncContext(SyncContext delegate) {
        super(delegate);
    }

    @Override
    public Downloader downloader(DownloadOptions options) {
        Sleeper noWait = d -> { };
        return new HttpDownloader(options, this::isCanceled, noWait);
    }
}
