package org.jpulp.restapi.content;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Answers a file: 200 with all of it, 206 with one requested byte range ({@code Content-Range}), or 416 for a range
 * past the end; {@code Accept-Ranges}, {@code Last-Modified} and {@code Content-Length} always. An
 * {@code If-Range} that is not the current {@code Last-Modified} makes a range request get the whole file.
 */
final class FileResponder {

    private static final int BUFFER = 64 * 1024;

    private FileResponder() {
    }

    static void write(Context ctx, Path file, boolean headOnly) throws IOException {
        long size = Files.size(file);
        String lastModified = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneOffset.UTC));
        HttpServletResponse res = ctx.res();
        res.setHeader("Accept-Ranges", "bytes");
        res.setHeader("Last-Modified", lastModified);
        String ifRange = ctx.header("If-Range");
        String range = ifRange == null || ifRange.equals(lastModified) ? ctx.header("Range") : null;
        ByteRange.Request request = ByteRange.parse(range, size);
        if (request instanceof ByteRange.Unsatisfiable) {
            res.setStatus(416);
            res.setHeader("Content-Range", "bytes */" + size);
            res.setContentLengthLong(0);
            return;
        }
        long first = 0;
        long length = size;
        res.setCharacterEncoding(null); // no charset=utf-8 inherited from the API's default on binary content
        res.setContentType(ContentTypes.of(file.getFileName().toString()));
        if (request instanceof ByteRange.Part part) {
            first = part.range().first();
            length = part.range().length();
            res.setStatus(206);
            res.setHeader("Content-Range", "bytes " + first + "-" + part.range().last() + "/" + size);
        } else {
            res.setStatus(200);
        }
        res.setContentLengthLong(length);
        if (!headOnly) {
            copy(file, first, length, res.getOutputStream());
        }
    }

    private static void copy(Path file, long first, long length, OutputStream out) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(first);
            byte[] buffer = new byte[BUFFER];
            long left = length;
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    break;
                }
                out.write(buffer, 0, n);
                left -= n;
            }
            out.flush();
        }
    }
}
