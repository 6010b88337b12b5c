package org.jpulp.common.schedule;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.bson.types.ObjectId;

/** In-memory twin of the MongoDB store, for tests and single-process use; thread-safe. */
public final class InMemoryScheduleStore implements ScheduleStore {

    private final Map<String, ScheduledCall> calls = new TreeMap<>();
    private final Clock clock;

    public InMemoryScheduleStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized ScheduledCall create(NewSchedule spec) {
        ScheduledCall call = ScheduledCall.create(new ObjectId().toHexString(), spec, clock.instant());
        calls.put(call.id(), call);
        return call;
    }

    @Override
    public synchronized Optional<ScheduledCall> get(String id) {
        return Optional.ofNullable(calls.get(id));
    }

    @Override
    public synchronized List<ScheduledCall> list() {
        return List.copyOf(calls.values());
    }

    @Override
    public synchronized List<ScheduledCall> listByResource(String resource) {
        return select(c -> c.resource().equals(resource));
    }

    @Override
    public synchronized Optional<ScheduledCall> update(String id, ScheduleUpdate delta) {
        return Optional.ofNullable(calls.computeIfPresent(id, (k, c) -> c.updated(delta, clock.instant())));
    }

    @Override
    public synchronized boolean delete(String id) {
        return calls.remove(id) != null;
    }

    @Override
    public synchronized int deleteByResource(String resource) {
        List<ScheduledCall> gone = listByResource(resource);
        gone.forEach(c -> calls.remove(c.id()));
        return gone.size();
    }

    @Override
    public synchronized List<ScheduledCall> due(Instant now) {
        return select(c -> c.isDue(now)).stream().sorted(Comparator.comparing(ScheduledCall::nextRun)).toList();
    }

    @Override
    public synchronized Optional<ScheduledCall> claim(ScheduledCall seen, Instant now) {
        ScheduledCall current = calls.get(seen.id());
        if (current == null || seen.nextRun().isAfter(now) || !current.isRunnable() || !sameSlot(current, seen)) {
            return Optional.empty();
        }
        ScheduledCall fired = current.fired(now);
        calls.put(fired.id(), fired);
        return Optional.of(fired);
    }

    /** The fields a claim is computed from, as the MongoDB store's conditional update compares them. */
    private static boolean sameSlot(ScheduledCall current, ScheduledCall seen) {
        return current.nextRun().equals(seen.nextRun()) && current.schedule().equals(seen.schedule())
                && current.firstRun().equals(seen.firstRun())
                && Objects.equals(current.remainingRuns(), seen.remainingRuns());
    }

    @Override
    public synchronized Optional<Instant> earliestNextRun() {
        return select(ScheduledCall::isRunnable).stream().map(ScheduledCall::nextRun).min(Comparator.naturalOrder());
    }

    @Override
    public synchronized Optional<ScheduledCall> recordOutcome(String id, boolean success) {
        return Optional.ofNullable(calls.computeIfPresent(id, (k, c) -> c.withOutcome(success, clock.instant())));
    }

    private List<ScheduledCall> select(Predicate<ScheduledCall> filter) {
        return calls.values().stream().filter(filter).toList();
    }
}
