package org.jpulp.common.download;

/**
 * Hears about the downloads of {@link Downloader#fetchAll}. Called from the download threads, concurrently, so
 * implementations are thread-safe. An exception thrown by {@link #succeeded} turns that request into a failure.
 */
public interface DownloadListener {

    DownloadListener NONE = new DownloadListener() {
    };

    /** {@code bytes} more bytes of the request arrived (also counts bytes of attempts that later fail). */
    default void bytesReceived(DownloadRequest request, long bytes) {
    }

    /** The file is complete and valid at the request's destination. */
    default void succeeded(DownloadResult result) throws Exception {
    }

    default void failed(DownloadRequest request, DownloadException error) {
    }
}
