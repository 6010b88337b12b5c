package org.jpulp.common.repository;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.bson.types.ObjectId;

/** {@link RepositoryHistory} in memory, for tests. */
public final class InMemoryRepositoryHistory implements RepositoryHistory {

    private final List<SyncResult> syncs = new ArrayList<>();
    private final List<PublishResult> publishes = new ArrayList<>();

    @Override
    public synchronized SyncResult addSyncResult(SyncResult result) {
        SyncResult stored = result.objectId() == null ? result.withObjectId(new ObjectId().toHexString()) : result;
        syncs.add(stored);
        return stored;
    }

    @Override
    public synchronized PublishResult addPublishResult(PublishResult result) {
        PublishResult stored = result.objectId() == null ? result.withObjectId(new ObjectId().toHexString()) : result;
        publishes.add(stored);
        return stored;
    }

    @Override
    public synchronized List<SyncResult> syncHistory(String repoId, HistoryQuery query) {
        return select(syncs.stream().filter(r -> r.repoId().equals(repoId) && query.includes(r.started())), query,
                SyncResult::started, SyncResult::objectId);
    }

    @Override
    public synchronized List<PublishResult> publishHistory(String repoId, String distributorId, HistoryQuery query) {
        return select(publishes.stream().filter(r -> r.repoId().equals(repoId)
                && r.distributorId().equals(distributorId) && query.includes(r.started())), query,
                PublishResult::started, PublishResult::objectId);
    }

    @Override
    public synchronized void deleteFor(String repoId) {
        syncs.removeIf(r -> r.repoId().equals(repoId));
        publishes.removeIf(r -> r.repoId().equals(repoId));
    }

    private static <T> List<T> select(Stream<T> entries, HistoryQuery query, Function<T, java.time.Instant> started,
                                      Function<T, String> oid) {
        Comparator<T> order = Comparator.comparing(started, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(oid);
        Stream<T> sorted = entries.sorted(query.ascending() ? order : order.reversed());
        return (query.limit() == null ? sorted : sorted.limit(query.limit())).toList();
    }
}
