package org.jpulp.common.download;

/** A completed download: the bytes written, their sha256 (hex) and how many attempts it took. */
public record DownloadResult(DownloadRequest request, long size, String sha256, int attempts) {
}
