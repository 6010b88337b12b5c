package org.jpulp.devstack.mongo;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.nio.file.Path;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.jpulp.devstack.mongo.EmbeddedMongo.Durability;

/**
 * The H2 backend, optionally committing to the file before a command's answer leaves the server.
 *
 * <p>mongo-java-server's own H2 backend leaves commits to the MVStore background writer (about once a second),
 * so a {@code kill -9} loses roughly the last second of acknowledged writes. Here every command is followed by a
 * synchronous {@link MVStore#commit()} when it changed anything, then by a flush of any chunk the background
 * writer was still serialising. Reads cost nothing extra. Every changed command writes a new chunk (tens of KB),
 * so the store keeps dead chunks for no time ({@code retentionTime 0}) rather than H2's default 45 s; that time
 * only protects against disks losing their write cache on power failure, which this store does not claim to
 * survive anyway (no fsync).
 */
final class DurableH2Backend extends H2Backend {

    private final MVStore store;
    private final boolean commitEachWrite;

    private DurableH2Backend(MVStore store, boolean commitEachWrite) {
        super(store);
        this.store = store;
        this.commitEachWrite = commitEachWrite;
    }

    static DurableH2Backend open(Path dataFile, Durability durability) {
        MVStore store = new MVStore.Builder().fileName(dataFile.toAbsolutePath().toString()).open();
        boolean commitEachWrite = durability == Durability.COMMIT_EACH_WRITE;
        if (commitEachWrite) {
            store.setRetentionTime(0);
        }
        return new DurableH2Backend(store, commitEachWrite);
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        Document answer;
        try {
            answer = super.handleCommand(channel, databaseName, command, query);
        } catch (RuntimeException failed) {
            // a failed command may still have written (e.g. an unordered insert before a duplicate key)
            try {
                commitPending();
            } catch (RuntimeException commitFailed) {
                failed.addSuppressed(commitFailed);
            }
            throw failed;
        }
        commitPending();
        return answer;
    }

    private void commitPending() {
        if (!commitEachWrite || store.isClosed()) {
            return;
        }
        if (store.hasUnsavedChanges()) {
            store.commit();
        }
        FileStore<?> file = store.getFileStore();
        if (file != null) {
            // a background commit that started before this write may still be writing the chunk holding it
            file.executeFileStoreOperation(() -> { });
        }
    }
}
