package org.jpulp.restapi.content;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jpulp.common.config.ServerConfig;
import org.jpulp.common.content.StorageLayout;
import org.jpulp.restapi.http.RouteDoc;
import org.jpulp.restapi.http.Routes;

/**
 * The embedded content frontend: what the distributors published, without authentication, as Pulp's httpd serves
 * it — {@code <storage_dir>/published/http/isos/} at {@code /pulp/isos/} and
 * {@code <storage_dir>/published/yum/http/repos/} at {@code /pulp/repos/}. Files are served with Range requests
 * ({@link FileResponder}), directories as a listing ({@link DirectoryListing}); anything missing, or outside the
 * storage root once symlinks are resolved, is 404.
 */
public final class ContentFrontend implements Routes {

    public static final String ISOS = "/pulp/isos";
    public static final String REPOS = "/pulp/repos";

    private final List<Mount> mounts;

    private record Mount(String prefix, PublishedTree tree) {
    }

    @Inject
    public ContentFrontend(ServerConfig server) {
        this(server.storageDir());
    }

    public ContentFrontend(Path storageDir) {
        Path published = new StorageLayout(storageDir).published();
        this.mounts = List.of(
                new Mount(ISOS, new PublishedTree(storageDir, published.resolve("http").resolve("isos"))),
                new Mount(REPOS, new PublishedTree(storageDir, published.resolve("yum").resolve("http")
                        .resolve("repos"))));
    }

    @Override
    public void register(RoutesConfig routes) {
        RouteDoc doc = new RouteDoc(null, "published content", List.of(200, 206, 404, 416));
        for (Mount m : mounts) {
            for (HandlerType method : List.of(HandlerType.GET, HandlerType.HEAD)) {
                routes.addEndpoint(Endpoint.create(method, m.prefix()).addMetadata(doc)
                        .handler(ctx -> serve(ctx, m)));
                routes.addEndpoint(Endpoint.create(method, m.prefix() + "/<path>").addMetadata(doc)
                        .handler(ctx -> serve(ctx, m)));
            }
        }
    }

    private static void serve(Context ctx, Mount mount) throws IOException {
        String uri = ctx.req().getRequestURI();
        String rest = uri.length() > mount.prefix().length() ? uri.substring(mount.prefix().length()) : "";
        Optional<Path> target = mount.tree().resolve(rest);
        if (target.isEmpty()) {
            notFound(ctx);
        } else if (Files.isDirectory(target.get())) {
            if (!uri.endsWith("/")) {
                ctx.status(301).header("Location", uri + "/").result("");
            } else {
                DirectoryListing.write(ctx, uri, target.get());
            }
        } else if (Files.isRegularFile(target.get())) {
            FileResponder.write(ctx, target.get(), ctx.method() == HandlerType.HEAD);
        } else {
            notFound(ctx);
        }
    }

    static void notFound(Context ctx) {
        ctx.status(404).contentType("text/plain; charset=utf-8").result("Not Found\n");
    }
}
