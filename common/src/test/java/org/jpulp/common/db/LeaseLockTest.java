package org.jpulp.common.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.time.Instant;
import org.jpulp.testing.mongo.EmbeddedMongoExtension;
import org.jpulp.testing.time.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedMongoExtension.class)
class LeaseLockTest {

    private static final Duration LEASE = Duration.ofSeconds(60);

    private final MongoDatabase db;
    private final MutableClock clock = new MutableClock();

    LeaseLockTest(MongoDatabase db) {
        this.db = db;
    }

    @BeforeEach
    void emptyDatabase() {
        db.drop();
    }

    private LeaseLock lock(String owner) {
        return new LeaseLock(db, "job", owner, LEASE, clock);
    }

    @Test
    void oneOwnerAtATime() {
        LeaseLock a = lock("a");
        LeaseLock b = lock("b");

        assertThat(a.tryAcquire()).isTrue();
        assertThat(b.tryAcquire()).isFalse();
        assertThat(a.tryAcquire()).as("the holder may take it again").isTrue();
        assertThat(b.holder()).contains(new LeaseLock.Holder("a", clock.instant().plus(LEASE)));

        a.release();
        assertThat(b.tryAcquire()).isTrue();
    }

    @Test
    void anExpiredLeaseIsTakenOverAndTheOldHolderCanNoLongerRenew() {
        LeaseLock a = lock("a");
        LeaseLock b = lock("b");
        a.tryAcquire();

        clock.advance(LEASE.minusSeconds(1));
        assertThat(b.tryAcquire()).as("not yet expired").isFalse();
        clock.advance(Duration.ofSeconds(2));
        assertThat(b.tryAcquire()).isTrue();

        assertThat(a.renew()).isFalse();
        a.release();
        assertThat(b.holder()).map(LeaseLock.Holder::owner).contains("b");
    }

    @Test
    void renewingPushesTheExpiryOut() {
        LeaseLock a = lock("a");
        a.tryAcquire();
        clock.advance(Duration.ofSeconds(50));

        assertThat(a.renew()).isTrue();

        Instant expected = clock.instant().plus(LEASE);
        assertThat(a.holder()).map(LeaseLock.Holder::expiresAt).contains(expected);
        clock.advance(Duration.ofSeconds(50));
        assertThat(lock("b").tryAcquire()).isFalse();
    }
}
