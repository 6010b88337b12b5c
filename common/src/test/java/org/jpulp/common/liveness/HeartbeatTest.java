package org.jpulp.common.liveness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jpulp.testing.time.MutableClock;
import org.junit.jupiter.api.Test;

class HeartbeatTest {

    private final MutableClock clock = new MutableClock();
    private final InMemoryProcessRegistry registry = new InMemoryProcessRegistry();

    @Test
    void start_registers_at_once_beats_refresh_and_stop_removes() throws Exception {
        Heartbeat heartbeat = new Heartbeat("w1", registry, clock, Duration.ofHours(1));

        heartbeat.start();
        assertThat(registry.aliveSince(clock.instant())).extracting(ProcessRecord::name).containsExactly("w1");

        Instant later = clock.advance(Duration.ofSeconds(6));
        heartbeat.beat();
        assertThat(registry.aliveSince(later)).extracting(ProcessRecord::name).containsExactly("w1");

        heartbeat.stop();
        assertThat(registry.aliveSince(Instant.EPOCH)).isEmpty();
    }

    @Test
    void a_failed_beat_is_survived_and_the_next_one_recovers() throws Exception {
        FlakyRegistry flaky = new FlakyRegistry();
        Heartbeat heartbeat = new Heartbeat("w1", flaky, clock, Duration.ofHours(1));
        heartbeat.start();

        flaky.failing = true;
        heartbeat.beat();
        flaky.failing = false;
        Instant later = clock.advance(Duration.ofSeconds(6));
        heartbeat.beat();

        assertThat(flaky.aliveSince(later)).extracting(ProcessRecord::name).containsExactly("w1");
        heartbeat.stop();
    }

    private static final class FlakyRegistry implements ProcessRegistry {
        private final InMemoryProcessRegistry delegate = new InMemoryProcessRegistry();
        volatile boolean failing;

        @Override
        public void heartbeat(String name, Instant at) {
            if (failing) {
                throw new IllegalStateException("database down");
            }
            delegate.heartbeat(name, at);
        }

        @Override
        public void remove(String name) {
            delegate.remove(name);
        }

        @Override
        public boolean retire(ProcessRecord record) {
            return delegate.retire(record);
        }

        @Override
        public List<ProcessRecord> aliveSince(Instant since) {
            return delegate.aliveSince(since);
        }

        @Override
        public List<ProcessRecord> silentSince(Instant cutoff) {
            return delegate.silentSince(cutoff);
        }
    }
}
