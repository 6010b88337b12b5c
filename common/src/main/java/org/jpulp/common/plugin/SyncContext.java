package org.jpulp.common.plugin;

import org.jpulp.common.download.DownloadOptions;
import org.jpulp.common.download.Downloader;
import org.jpulp.common.download.HttpDownloader;

/** {@link ImporterType#sync}'s view: a {@link PluginContext} that also hands out downloaders. */
public interface SyncContext extends PluginContext {

    /** A downloader with these options that stops when this task is canceled; the caller closes it. */
    default Downloader downloader(DownloadOptions options) {
        return new HttpDownloader(options, this::isCanceled);
    }
}
