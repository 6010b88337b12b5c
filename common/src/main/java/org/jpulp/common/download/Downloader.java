package org.jpulp.common.download;

import java.util.List;

/** Fetches files over HTTP(S) with validation, retries and bounded concurrency. */
public interface Downloader extends AutoCloseable {

    /** Fetches one file, retrying transient failures. */
    DownloadResult fetch(DownloadRequest request) throws DownloadException;

    /**
     * Fetches every request, at most {@code max_downloads} at a time, and returns one outcome per request in request
     * order. Failures do not stop the others; cancellation does (the rest end as {@link DownloadCanceledException}).
     */
    List<DownloadOutcome> fetchAll(List<DownloadRequest> requests, DownloadListener listener);

    @Override
    void close();
}
