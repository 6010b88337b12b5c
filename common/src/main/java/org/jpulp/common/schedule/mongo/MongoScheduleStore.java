package org.jpulp.common.schedule.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;
import static org.jpulp.common.schedule.mongo.ScheduledCallDocuments.*;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.jpulp.common.schedule.NewSchedule;
import org.jpulp.common.schedule.PulpTimes;
import org.jpulp.common.schedule.ScheduleStore;
import org.jpulp.common.schedule.ScheduleUpdate;
import org.jpulp.common.schedule.ScheduledCall;
import org.jpulp.common.schema.PulpCollections;

/**
 * {@link ScheduleStore} on {@code scheduled_calls}. Changes computed from a document read earlier are written with
 * a filter on the fields they were computed from, so a concurrent change makes them miss instead of overwriting
 * it: a claim misses when another claimer took the slot, an update is retried on the fresh document.
 */
public final class MongoScheduleStore implements ScheduleStore {

    private static final int UPDATE_ATTEMPTS = 5;
    private static final FindOneAndUpdateOptions RETURN_AFTER =
            new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER);

    private final MongoCollection<Document> calls;
    private final Clock clock;

    public MongoScheduleStore(MongoDatabase db, Clock clock) {
        this.calls = db.getCollection(PulpCollections.SCHEDULED_CALLS);
        this.clock = clock;
    }

    @Override
    public ScheduledCall create(NewSchedule spec) {
        ScheduledCall call = ScheduledCall.create(new ObjectId().toHexString(), spec, clock.instant());
        calls.insertOne(toDocument(call));
        return call;
    }

    @Override
    public Optional<ScheduledCall> get(String id) {
        return Optional.ofNullable(calls.find(eq(ID, id)).first()).map(ScheduledCallDocuments::fromDocument);
    }

    @Override
    public List<ScheduledCall> list() {
        return find(new Document(), Sorts.ascending(ID));
    }

    @Override
    public List<ScheduledCall> listByResource(String resource) {
        return find(eq(RESOURCE, resource), Sorts.ascending(ID));
    }

    @Override
    public Optional<ScheduledCall> update(String id, ScheduleUpdate delta) {
        for (int attempt = 0; attempt < UPDATE_ATTEMPTS; attempt++) {
            Optional<ScheduledCall> seen = get(id);
            if (seen.isEmpty()) {
                return Optional.empty();
            }
            ScheduledCall changed = seen.get().updated(delta, clock.instant());
            Bson unchanged = and(eq(ID, id), eq(TOTAL_RUN_COUNT, seen.get().totalRunCount()),
                    eq(NEXT_RUN, date(seen.get().nextRun())));
            Document after = calls.findOneAndUpdate(unchanged, setAll(changed, changedFields(delta)), RETURN_AFTER);
            if (after != null) {
                return Optional.of(fromDocument(after));
            }
        }
        throw new IllegalStateException("schedule " + id + " kept changing; update not applied");
    }

    @Override
    public boolean delete(String id) {
        return calls.deleteOne(eq(ID, id)).getDeletedCount() == 1;
    }

    @Override
    public int deleteByResource(String resource) {
        return (int) calls.deleteMany(eq(RESOURCE, resource)).getDeletedCount();
    }

    @Override
    public List<ScheduledCall> due(Instant now) {
        return find(and(runnable(), lte(NEXT_RUN, date(now))), Sorts.ascending(NEXT_RUN, ID));
    }

    @Override
    public Optional<ScheduledCall> claim(ScheduledCall seen, Instant now) {
        if (seen.nextRun().isAfter(now)) {
            return Optional.empty();
        }
        ScheduledCall fired = seen.fired(now);
        Bson sameSlot = and(eq(ID, seen.id()), eq(ENABLED, true), eq(NEXT_RUN, date(seen.nextRun())),
                eq(ISO_SCHEDULE, seen.schedule()), eq(FIRST_RUN, date(seen.firstRun())),
                eq(REMAINING_RUNS, seen.remainingRuns()));
        Bson take = Updates.combine(setAll(fired, NEXT_RUN, LAST_RUN_AT, REMAINING_RUNS, ENABLED, LAST_UPDATED),
                Updates.inc(TOTAL_RUN_COUNT, 1));
        return Optional.ofNullable(calls.findOneAndUpdate(sameSlot, take, RETURN_AFTER))
                .map(ScheduledCallDocuments::fromDocument);
    }

    @Override
    public Optional<Instant> earliestNextRun() {
        Document first = calls.find(runnable()).sort(Sorts.ascending(NEXT_RUN))
                .projection(Projections.include(NEXT_RUN)).first();
        return Optional.ofNullable(first).map(d -> d.getDate(NEXT_RUN).toInstant());
    }

    @Override
    public Optional<ScheduledCall> recordOutcome(String id, boolean success) {
        double now = PulpTimes.epochSeconds(clock.instant());
        Bson change = success ? Updates.set(CONSECUTIVE_FAILURES, 0) : Updates.inc(CONSECUTIVE_FAILURES, 1);
        Document after = calls.findOneAndUpdate(eq(ID, id), Updates.combine(change, Updates.set(LAST_UPDATED, now)),
                RETURN_AFTER);
        if (after == null || success) {
            return Optional.ofNullable(after).map(ScheduledCallDocuments::fromDocument);
        }
        ScheduledCall call = fromDocument(after);
        Integer threshold = call.failureThreshold();
        if (!call.enabled() || threshold == null || call.consecutiveFailures() < threshold) {
            return Optional.of(call);
        }
        Document disabled = calls.findOneAndUpdate(and(eq(ID, id), eq(ENABLED, true),
                        eq(FAILURE_THRESHOLD, threshold), gte(CONSECUTIVE_FAILURES, threshold)),
                Updates.set(ENABLED, false), RETURN_AFTER);
        return disabled != null ? Optional.of(fromDocument(disabled)) : get(id);
    }

    /** Only what the client changes (and what follows from it), so concurrent claims and outcomes survive. */
    private static String[] changedFields(ScheduleUpdate delta) {
        List<String> fields = new ArrayList<>(List.of(LAST_UPDATED));
        if (delta.schedule() != null) {
            fields.addAll(List.of(ISO_SCHEDULE, FIRST_RUN, NEXT_RUN, REMAINING_RUNS));
        }
        if (delta.enabled() != null) {
            fields.add(ENABLED);
        }
        if (delta.changesFailureThreshold()) {
            fields.add(FAILURE_THRESHOLD);
        }
        if (delta.args() != null) {
            fields.add(ARGS);
        }
        if (delta.kwargs() != null) {
            fields.add(KWARGS);
        }
        return fields.toArray(String[]::new);
    }

    private static Bson runnable() {
        return and(eq(ENABLED, true), ne(REMAINING_RUNS, 0));
    }

    private static Bson setAll(ScheduledCall call, String... fields) {
        Document values = toDocument(call);
        List<Bson> sets = new ArrayList<>();
        for (String field : fields) {
            sets.add(Updates.set(field, values.get(field)));
        }
        return Updates.combine(sets);
    }

    private List<ScheduledCall> find(Bson filter, Bson sort) {
        List<ScheduledCall> out = new ArrayList<>();
        for (Document d : calls.find(filter).sort(sort)) {
            out.add(fromDocument(d));
        }
        return out;
    }
}
