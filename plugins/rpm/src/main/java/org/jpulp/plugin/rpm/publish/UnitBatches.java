package org.jpulp.plugin.rpm.publish;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jpulp.common.content.Unit;
import org.jpulp.common.content.UnitStore;
import org.jpulp.common.plugin.PluginException;

/**
 * The units of several types read batch by batch with a projected read, the next batch fetched on a thread of its own
 * while the caller works on the current one (database time overlaps publishing time; two batches in memory at most).
 */
final class UnitBatches implements AutoCloseable {

    private record Batch(String type, List<String> ids) {
    }

    private final UnitStore units;
    private final List<String> fields;
    private final List<Batch> batches = new ArrayList<>();
    private final ExecutorService fetcher = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "jpulp-publish-read");
        t.setDaemon(true);
        return t;
    });
    private int index;
    private Future<List<Unit>> pending;

    UnitBatches(UnitStore units, Map<String, List<String>> idsByType, int size, List<String> fields) {
        this.units = units;
        this.fields = fields;
        idsByType.forEach((type, ids) -> {
            for (int from = 0; from < ids.size(); from += size) {
                batches.add(new Batch(type, ids.subList(from, Math.min(ids.size(), from + size))));
            }
        });
        pending = fetch(0);
    }

    /** The next batch, or null after the last; fails when units of a batch no longer exist. */
    List<Unit> next() throws IOException {
        if (pending == null) {
            return null;
        }
        Batch batch = batches.get(index);
        List<Unit> found = await(pending);
        index++;
        pending = fetch(index);
        if (found.size() != batch.ids().size()) {
            throw new PluginException("the repository holds " + batch.type() + " units that no longer exist;"
                    + " remove the dangling associations and publish again");
        }
        return found;
    }

    private Future<List<Unit>> fetch(int i) {
        if (i >= batches.size()) {
            return null;
        }
        Batch batch = batches.get(i);
        return fetcher.submit(() -> units.get(batch.type(), batch.ids(), fields));
    }

    private static List<Unit> await(Future<List<Unit>> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while reading units", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException("reading units failed: " + e.getCause(), e.getCause());
        }
    }

    @Override
    public void close() {
        fetcher.shutdownNow();
    }
}
