package org.jpulp.common.download;

import java.net.URI;

/** The download stopped because the task was canceled. */
public final class DownloadCanceledException extends DownloadException {

    public DownloadCanceledException(URI url) {
        super(url, "canceled", -1, false, null);
    }
}
