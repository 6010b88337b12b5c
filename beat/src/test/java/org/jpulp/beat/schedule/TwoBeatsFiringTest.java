package org.jpulp.beat.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.jpulp.common.leader.LeaseLeadership;
import org.jpulp.common.leader.Leadership;
import org.jpulp.beat.leader.LeadershipModule;
import org.jpulp.common.db.LeaseLock;
import org.jpulp.common.schedule.ScheduleOutcomes;
import org.jpulp.common.schedule.ScheduleStore;
import org.jpulp.common.schedule.mongo.MongoScheduleStore;
import org.jpulp.common.schema.PulpCollections;
import org.jpulp.common.task.RecordingTaskDispatcher;
import org.jpulp.common.task.RecordingTaskDispatcher.Dispatched;
import org.jpulp.devstack.mongo.EmbeddedMongo;
import org.jpulp.testing.mongo.EmbeddedMongoExtension;
import org.jpulp.testing.mongo.TestMongoClients;
import org.jpulp.testing.time.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Two beats, each with a MongoDB client of its own, on one database and one controlled clock. */
@ExtendWith(EmbeddedMongoExtension.class)
class TwoBeatsFiringTest {

    private static final Instant T0 = MutableClock.DEFAULT_START;
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final Duration HEARTBEAT = Duration.ofSeconds(6);

    private final MutableClock clock = new MutableClock(T0);
    private final List<MongoClient> clients = new ArrayList<>();
    private String connectionString;
    private String dbName;

    @BeforeEach
    void clean(EmbeddedMongo server, MongoDatabase db) {
        connectionString = server.connectionString();
        dbName = db.getName();
        db.getCollection(PulpCollections.SCHEDULED_CALLS).deleteMany(new Document());
        db.getCollection(LeaseLock.COLLECTION).deleteMany(new Document());
    }

    @AfterEach
    void closeClients() {
        clients.forEach(MongoClient::close);
    }

    /** One beat process: its own client, lock handle, store, dispatcher and firer. */
    private final class Beat {
        final MongoDatabase db;
        final ScheduleStore store;
        final RecordingTaskDispatcher dispatcher = new RecordingTaskDispatcher(clock);
        final LeaseLeadership leadership;
        final ScheduleFirer firer;

        Beat(String name, boolean alwaysActive) {
            MongoClient client = TestMongoClients.create(connectionString);
            clients.add(client);
            db = client.getDatabase(dbName);
            store = new MongoScheduleStore(db, clock);
            leadership = new LeaseLeadership("beat", new LeaseLock(db, LeadershipModule.LOCK_NAME, name, LEASE, clock),
                    clock, HEARTBEAT, LeaseLeadership.Listener.NONE);
            Leadership decides = alwaysActive ? Leadership.ALWAYS : leadership;
            firer = new ScheduleFirer(store, new ScheduleOutcomes(store), dispatcher, decides, clock);
        }

        void heartbeat() {
            leadership.tick();
            firer.fireDue();
        }

        List<Instant> fired() {
            return dispatcher.dispatched().stream().map(Dispatched::at).toList();
        }
    }

    @Test
    void the_standby_never_fires_and_after_a_failover_no_slot_fires_twice() {
        Beat a = new Beat("scheduler@a", false);
        Beat b = new Beat("scheduler@b", false);
        a.store.create(ScheduleFirerTest.sync("zoo", T0 + "/PT1M"));
        Instant death = T0.plus(Duration.ofMinutes(3)).plusSeconds(3);

        while (clock.instant().isBefore(T0.plus(Duration.ofMinutes(6)))) {
            if (clock.instant().isBefore(death)) {
                a.heartbeat();
            }
            b.heartbeat();
            clock.advance(HEARTBEAT);
        }

        assertThat(a.fired()).containsExactly(T0, T0.plusSeconds(60), T0.plusSeconds(120), T0.plusSeconds(180));
        // a's last renewal was at 3:00, its lease ended at 3:30; b took over at its next try, 3:36, and fired the
        // missed 3:00+1 slot (4:00 is not yet due) only when due
        assertThat(b.fired()).containsExactly(T0.plusSeconds(240), T0.plusSeconds(300));
        assertThat(b.leadership.isActive()).isTrue();
        assertThat(a.store.list().get(0).totalRunCount()).isEqualTo(6);
    }

    @Test
    void a_beat_that_takes_over_after_a_slot_passed_fires_it_once() {
        Beat a = new Beat("scheduler@a", false);
        Beat b = new Beat("scheduler@b", false);
        a.store.create(ScheduleFirerTest.sync("zoo", T0 + "/PT10S"));
        a.heartbeat();
        b.heartbeat();

        clock.advance(Duration.ofSeconds(31)); // a died right after firing at T0; three slots pass
        b.heartbeat();

        assertThat(a.fired()).containsExactly(T0);
        assertThat(b.fired()).containsExactly(T0.plusSeconds(31));
        assertThat(b.store.list().get(0).nextRun()).isEqualTo(T0.plusSeconds(40));
    }

    @Test
    void two_beats_that_both_believe_they_are_active_still_fire_each_slot_once() throws Exception {
        Beat a = new Beat("scheduler@a", true);
        Beat b = new Beat("scheduler@b", true);
        int schedules = 10;
        int slots = 10;
        for (int i = 0; i < schedules; i++) {
            a.store.create(ScheduleFirerTest.sync("repo" + i, T0 + "/PT1M"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int slot = 0; slot < slots; slot++) {
                clock.set(T0.plus(Duration.ofMinutes(slot)));
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<?>> rounds = new ArrayList<>();
                for (Beat beat : List.of(a, b)) {
                    rounds.add(pool.submit(() -> {
                        together.await(30, TimeUnit.SECONDS);
                        return beat.firer.fireDue();
                    }));
                }
                for (Future<?> round : rounds) {
                    round.get(60, TimeUnit.SECONDS);
                }
            }
        } finally {
            pool.shutdownNow();
        }

        List<String> firings = new ArrayList<>();
        for (Beat beat : List.of(a, b)) {
            beat.dispatcher.dispatched().forEach(d -> firings.add(d.request().scheduledCallId() + "@" + d.at()));
        }
        assertThat(firings).hasSize(schedules * slots).doesNotHaveDuplicates();
    }
}
