package org.jpulp.beat.liveness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jpulp.common.leader.Leadership;
import org.jpulp.common.config.TasksConfig;
import org.jpulp.common.liveness.InMemoryProcessRegistry;
import org.jpulp.common.liveness.ProcessRecord;
import org.jpulp.testing.time.MutableClock;
import org.junit.jupiter.api.Test;

class LostProcessWatchTest {

    private final MutableClock clock = new MutableClock();
    private final InMemoryProcessRegistry registry = new InMemoryProcessRegistry();
    private final List<String> lost = new CopyOnWriteArrayList<>();
    private final TasksConfig tasks = new TasksConfig(Duration.ofSeconds(30));

    private LostProcessWatch watch(List<String> sink) {
        return new LostProcessWatch(registry, clock, tasks, Set.of(r -> sink.add(r.name())), Leadership.ALWAYS);
    }

    @Test
    void a_process_is_lost_only_after_timeout_minus_one_interval_without_heartbeat() {
        Instant start = clock.instant();
        registry.heartbeat("reserved_resource_worker-1@h", start);
        registry.heartbeat("reserved_resource_worker-2@h", start);
        LostProcessWatch watch = watch(lost);

        clock.advance(Duration.ofSeconds(24));
        registry.heartbeat("reserved_resource_worker-2@h", clock.instant());
        watch.sweep();
        assertThat(lost).isEmpty();

        clock.advance(Duration.ofMillis(1));
        watch.sweep();
        assertThat(lost).containsExactly("reserved_resource_worker-1@h");
        assertThat(registry.aliveSince(Instant.EPOCH)).extracting(ProcessRecord::name)
                .containsExactly("reserved_resource_worker-2@h");
    }

    @Test
    void two_beats_sweeping_the_same_loss_handle_it_once() {
        registry.heartbeat("reserved_resource_worker-1@h", clock.instant());
        clock.advance(Duration.ofMinutes(1));
        List<String> other = new CopyOnWriteArrayList<>();

        watch(lost).sweep();
        watch(other).sweep();

        assertThat(lost.size() + other.size()).isEqualTo(1);
    }

    @Test
    void a_standby_beat_leaves_lost_processes_to_the_active_one() {
        registry.heartbeat("reserved_resource_worker-1@h", clock.instant());
        clock.advance(Duration.ofMinutes(1));

        new LostProcessWatch(registry, clock, tasks, Set.of(r -> lost.add(r.name())), () -> false).sweep();

        assertThat(lost).isEmpty();
        assertThat(registry.aliveSince(Instant.EPOCH)).hasSize(1);
    }

    @Test
    void a_failing_handler_does_not_stop_the_watch() throws Exception {
        registry.heartbeat("w", clock.instant());
        clock.advance(Duration.ofMinutes(1));
        LostProcessWatch failing = new LostProcessWatch(registry, clock,
                new TasksConfig(Duration.ofMillis(50)), Set.of(r -> { throw new IllegalStateException("boom"); }),
                Leadership.ALWAYS);
        failing.start();
        registry.heartbeat("w2", clock.instant().minus(Duration.ofMinutes(5)));

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5))
                .until(() -> registry.aliveSince(Instant.EPOCH).isEmpty());
        failing.stop();
    }
}
