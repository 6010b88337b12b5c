package org.jpulp.common.download;

/** Either the result or the error of one request of {@link Downloader#fetchAll}. */
public record DownloadOutcome(DownloadRequest request, DownloadResult result, DownloadException error) {

    public boolean succeeded() {
        return error == null;
    }
}
