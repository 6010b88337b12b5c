package org.jpulp.devstack.sample;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A read-only HTTP server for the regular files under one directory (no listings): what a feed needs and nothing
 * more. Any path that is not a plain file inside that directory, or that has an empty or hidden segment, is 404.
 */
final class StaticFileServer implements AutoCloseable {

    private final Path dir;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);

    StaticFileServer(Path dir, String host, int port) throws IOException {
        this.dir = dir.toAbsolutePath().normalize();
        this.server = HttpServer.create(new InetSocketAddress(host, port), 32);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            boolean head = exchange.getRequestMethod().equals("HEAD");
            if (!head && !exchange.getRequestMethod().equals("GET")) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            Path file = servable(exchange.getRequestURI().getPath().substring(1));
            if (file == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
            long size = Files.size(file);
            exchange.sendResponseHeaders(200, head ? -1 : size);
            if (!head) {
                try (InputStream in = Files.newInputStream(file); OutputStream out = exchange.getResponseBody()) {
                    in.transferTo(out);
                }
            }
        }
    }

    /** The regular file {@code name} names inside the directory (no symbolic link leading out), or null. */
    private Path servable(String name) throws IOException {
        for (String segment : name.split("/", -1)) {
            if (segment.isEmpty() || segment.startsWith(".")) {
                return null;
            }
        }
        Path file = dir.resolve(name).normalize();
        if (!file.startsWith(dir) || !Files.isRegularFile(file)) {
            return null;
        }
        return file.toRealPath().startsWith(dir.toRealPath()) ? file : null;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
