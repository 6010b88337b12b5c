package org.jpulp.restapi.content;

import io.javalin.http.Context;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A plain HTML index of a published directory, as httpd's autoindex shows it; hidden entries are left out. */
final class DirectoryListing {

    private DirectoryListing() {
    }

    static void write(Context ctx, String uri, Path dir) throws IOException {
        List<Path> entries;
        try (Stream<Path> s = Files.list(dir)) {
            entries = s.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><title>Index of ").append(escape(uri))
                .append("</title></head><body><h1>Index of ").append(escape(uri)).append("</h1><ul>\n");
        for (Path p : entries) {
            String name = p.getFileName().toString() + (Files.isDirectory(p) ? "/" : "");
            String href = URLEncoder.encode(p.getFileName().toString(), StandardCharsets.UTF_8).replace("+", "%20")
                    + (Files.isDirectory(p) ? "/" : "");
            html.append("<li><a href=\"").append(href).append("\">").append(escape(name)).append("</a></li>\n");
        }
        html.append("</ul></body></html>\n");
        ctx.status(200).contentType("text/html; charset=utf-8").result(html.toString());
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
