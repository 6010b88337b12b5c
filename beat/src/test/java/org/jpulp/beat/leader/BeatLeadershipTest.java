package org.jpulp.beat.leader;

import org.jpulp.common.leader.Leadership;
import org.jpulp.common.leader.LeaseLeadership;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import org.bson.Document;
import org.jpulp.beat.testsupport.LogCapture;
import org.jpulp.common.db.LeaseLock;
import org.jpulp.testing.mongo.EmbeddedMongoExtension;
import org.jpulp.testing.time.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedMongoExtension.class)
class BeatLeadershipTest {

    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final Duration HEARTBEAT = Duration.ofSeconds(6);

    private final MongoDatabase db;
    private final MutableClock clock = new MutableClock();
    private final LogCapture log = LogCapture.of(LeaseLeadership.class);

    BeatLeadershipTest(MongoDatabase db) {
        this.db = db;
    }

    @BeforeEach
    void noLock() {
        db.getCollection(LeaseLock.COLLECTION).deleteMany(new Document());
    }

    @AfterEach
    void stopCapturing() {
        log.close();
    }

    private LeaseLeadership beat(String owner) {
        return new LeaseLeadership("beat", new LeaseLock(db, LeadershipModule.LOCK_NAME, owner, LEASE, clock), clock,
                HEARTBEAT, LeaseLeadership.Listener.NONE);
    }

    private void heartbeat(LeaseLeadership... beats) {
        clock.advance(HEARTBEAT);
        for (LeaseLeadership beat : beats) {
            beat.tick();
        }
    }

    @Test
    void of_two_beats_on_one_database_exactly_one_is_active() {
        LeaseLeadership a = beat("scheduler@a");
        LeaseLeadership b = beat("scheduler@b");

        a.tick();
        b.tick();
        for (int i = 0; i < 20; i++) {
            heartbeat(b, a);
            assertThat(a.isActive()).isTrue();
            assertThat(b.isActive()).isFalse();
        }
        assertThat(log.count("became active")).isEqualTo(1);
        assertThat(log.count("standing by: beat scheduler@a is active")).as("logged once").isEqualTo(1);
    }

    @Test
    void when_the_active_beat_stops_renewing_the_standby_takes_over_after_the_lease() {
        LeaseLeadership a = beat("scheduler@a");
        LeaseLeadership b = beat("scheduler@b");
        a.tick();
        b.tick();

        // a dies (or hangs): it never ticks again
        heartbeat(b);
        heartbeat(b);
        heartbeat(b);
        heartbeat(b);
        assertThat(b.isActive()).as("24 s after a's last renewal").isFalse();
        clock.advance(HEARTBEAT);
        assertThat(a.isActive()).as("a hung beat stops acting when its lease runs out").isFalse();
        b.tick();
        assertThat(b.isActive()).as("exactly at the end of the lease").isFalse();
        heartbeat(b);

        assertThat(b.isActive()).isTrue();
        assertThat(a.isActive()).isFalse();
        assertThat(log.lines()).filteredOn(l -> l.contains("failover occurred"))
                .containsExactly("WARN became active: failover occurred, beat scheduler@a stopped renewing the lock"
                        + " 'scheduler'");
    }

    @Test
    void a_beat_that_comes_back_after_being_replaced_learns_it_lost_and_stands_by() {
        LeaseLeadership a = beat("scheduler@a");
        LeaseLeadership b = beat("scheduler@b");
        a.tick();
        clock.advance(LEASE.plusSeconds(1));
        b.tick();

        a.tick();
        heartbeat(a, b);

        assertThat(a.isActive()).isFalse();
        assertThat(b.isActive()).isTrue();
        assertThat(log.count("WARN lost leadership")).isEqualTo(1);
    }

    @Test
    void a_clean_stop_hands_over_at_the_standby_next_try() throws Exception {
        LeaseLeadership a = beat("scheduler@a");
        LeaseLeadership b = beat("scheduler@b");
        a.tick();
        b.tick();

        a.stop();
        heartbeat(b);

        assertThat(a.isActive()).isFalse();
        assertThat(b.isActive()).isTrue();
        assertThat(log.count("became active")).isEqualTo(2);
        assertThat(log.count("failover occurred")).isZero();
    }

    @Test
    void a_beat_alone_is_active_as_soon_as_it_has_started() throws Exception {
        LeaseLeadership alone = beat("scheduler@alone");
        alone.start();
        try {
            assertThat(alone.isActive()).isTrue();
        } finally {
            alone.stop();
        }
        assertThat(db.getCollection(LeaseLock.COLLECTION).countDocuments()).as("released").isZero();
    }
}
