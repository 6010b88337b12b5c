package org.jpulp.restapi.upload;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.jpulp.common.auth.Operation;
import org.jpulp.common.config.RestConfig;
import org.jpulp.common.error.InvalidValue;
import org.jpulp.common.error.MissingResource;
import org.jpulp.common.upload.UploadFiles;
import org.jpulp.restapi.http.ApiRoutes;
import org.jpulp.restapi.http.Hrefs;
import org.jpulp.restapi.http.PulpError;
import org.jpulp.restapi.http.Replies;
import org.jpulp.restapi.http.Routes;
import org.jpulp.restapi.http.StreamedRequests;

/**
 * {@code /content/uploads/}: Pulp 2's upload requests. Create (201 {@code {_href, upload_id}} + Location), list
 * ({@code {"upload_ids": [...]}}), write a raw chunk at a byte offset ({@code PUT <id>/<offset>/}, streamed to disk,
 * in any order, again if need be; at most {@code [rest] upload_chunk_max_mib} per request, else 413) and delete. An
 * unknown id is 404 naming {@code upload_request}; an offset that is not a non-negative integer is 400.
 */
public final class UploadResource implements Routes {

    private static final String BASE = "/content/uploads/";

    private final UploadFiles uploads;
    /** The largest chunk one PUT may carry; clients send 1 MiB (pulp-admin's {@code upload_chunk_size}). */
    private final long maxChunkBytes;

    @Inject
    public UploadResource(UploadFiles uploads, RestConfig config) {
        this.uploads = uploads;
        this.maxChunkBytes = config.uploadChunkMaxBytes();
    }

    @Override
    public void register(RoutesConfig routes) {
        new ApiRoutes(routes)
                .get(BASE, Operation.READ, "List the ids of the upload requests", this::list, 200)
                .post(BASE, Operation.CREATE, "Create an upload request", this::create, 201)
                .put(BASE + "{upload_id}/{offset}/", Operation.UPDATE, "Write a raw chunk of the file at a byte "
                        + "offset (body: the bytes)", this::write, 200, 400, 404, 413)
                .delete(BASE + "{upload_id}/", Operation.DELETE, "Delete an upload request", this::delete, 200, 404);
        routes.after(Routes.API + BASE + "*", this::drainUnreadChunk);
    }

    private void list(Context ctx) throws IOException {
        ctx.json(Map.of("upload_ids", uploads.ids()));
    }

    private void create(Context ctx) throws IOException {
        String id = uploads.create();
        String href = Hrefs.of("content", "uploads", id);
        Hrefs.created(ctx, href, Map.of("_href", href, "upload_id", id));
    }

    private void write(Context ctx) throws IOException {
        String id = ctx.pathParam("upload_id");
        long offset = offset(ctx.pathParam("offset"));
        uploads.existing(id);
        if (ctx.req().getContentLengthLong() > maxChunkBytes) {
            throw tooLarge();
        }
        try (InputStream body = ctx.bodyInputStream()) {
            uploads.write(id, offset, body, maxChunkBytes);
        } catch (UploadFiles.ChunkTooLargeException e) {
            throw tooLarge();
        }
        Replies.nothing(ctx);
    }

    private void delete(Context ctx) throws IOException {
        String id = ctx.pathParam("upload_id");
        if (!uploads.delete(id)) {
            throw new MissingResource(UploadFiles.RESOURCE, id);
        }
        Replies.nothing(ctx);
    }

    private static long offset(String text) {
        try {
            long offset = Long.parseLong(text);
            if (offset >= 0) {
                return offset;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidValue(java.util.List.of("offset"), "Invalid offset: " + text
                + " (expected a non-negative integer)");
    }

    private RuntimeException tooLarge() {
        return PulpError.generic(413, "An upload chunk may hold at most " + maxChunkBytes + " bytes", Map.of(
                "max_bytes", maxChunkBytes));
    }

    /**
     * A chunk refused before it was read (authentication, unknown id, bad offset, too large) is read and dropped
     * here, up to twice the chunk limit, so the connection stays usable and the client receives the whole answer.
     */
    private void drainUnreadChunk(Context ctx) {
        long most = 2 * maxChunkBytes;
        if (!StreamedRequests.isStreamed(ctx) || ctx.req().getContentLengthLong() > most) {
            return;
        }
        try {
            InputStream in = ctx.req().getInputStream();
            byte[] buffer = new byte[64 * 1024];
            long dropped = 0;
            int n;
            while (dropped <= most && (n = in.read(buffer)) > 0) {
                dropped += n;
            }
        } catch (IOException | RuntimeException e) {
            // the client went away or the body was already consumed: nothing to drop
        }
    }
}
