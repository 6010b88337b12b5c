package org.jpulp.common.db;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A named lock with a lease, as one document in {@value #COLLECTION}:
 * {@code {_id: <name>, owner, acquired_at, expires_at}}. Only single-document atomic operations are used (the
 * embedded server has no transactions): a free lock is taken by inserting the document (the unique {@code _id}
 * lets one contender win), an expired one by a conditional update on {@code expires_at}. The holder must
 * {@link #renew()} before the lease runs out; a holder that died simply stops renewing. Expiry is judged with the
 * injected {@link Clock}, so contenders' clocks must agree to well within the lease.
 */
public final class LeaseLock {

    public static final String COLLECTION = "locks";

    private static final Logger LOG = LoggerFactory.getLogger(LeaseLock.class);

    private final MongoCollection<Document> locks;
    private final String name;
    private final String owner;
    private final Duration lease;
    private final Clock clock;

    /**
     * @param owner who holds it, unique per process instance (two processes with one owner would share the lock)
     * @param lease how long the lock stays taken without a renewal
     */
    public LeaseLock(MongoDatabase db, String name, String owner, Duration lease, Clock clock) {
        this.locks = db.getCollection(COLLECTION);
        this.name = Objects.requireNonNull(name, "name");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.lease = Objects.requireNonNull(lease, "lease");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lease must be positive, was " + lease);
        }
    }

    /** The current holder and expiry, as stored. */
    public record Holder(String owner, Instant expiresAt) {
    }

    /** One attempt: true when this owner holds the lock afterwards (free, already ours, or expired and taken over). */
    public boolean tryAcquire() {
        Instant now = clock.instant();
        try {
            locks.insertOne(new Document("_id", name).append("owner", owner)
                    .append("acquired_at", Date.from(now)).append("expires_at", Date.from(now.plus(lease))));
            LOG.debug("lock '{}' acquired by {}", name, owner);
            return true;
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        Document previous = locks.findOneAndUpdate(
                and(eq("_id", name), or(eq("owner", owner), lt("expires_at", Date.from(now)))),
                Updates.combine(Updates.set("owner", owner), Updates.set("acquired_at", Date.from(now)),
                        Updates.set("expires_at", Date.from(now.plus(lease)))),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.BEFORE));
        if (previous == null) {
            return false;
        }
        if (!owner.equals(previous.getString("owner"))) {
            LOG.warn("lock '{}' taken over from {} whose lease expired at {}", name, previous.getString("owner"),
                    previous.getDate("expires_at").toInstant());
        }
        return true;
    }

    /** Extends the lease from now; false when the lock is no longer ours (it expired and someone took it). */
    public boolean renew() {
        Instant now = clock.instant();
        return locks.updateOne(and(eq("_id", name), eq("owner", owner)),
                Updates.set("expires_at", Date.from(now.plus(lease)))).getMatchedCount() == 1;
    }

    /** Gives the lock up if it is still ours. */
    public void release() {
        if (locks.deleteOne(and(eq("_id", name), eq("owner", owner))).getDeletedCount() == 1) {
            LOG.debug("lock '{}' released by {}", name, owner);
        }
    }

    public Optional<Holder> holder() {
        Document doc = locks.find(eq("_id", name)).first();
        if (doc == null) {
            return Optional.empty();
        }
        return Optional.of(new Holder(doc.getString("owner"), doc.getDate("expires_at").toInstant()));
    }

    public String name() {
        return name;
    }

    public String owner() {
        return owner;
    }

    public Duration lease() {
        return lease;
    }
}
