package org.jpulp.common.liveness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Behaviour every {@link ProcessRegistry} shares; subclasses supply a fresh, empty registry. */
public abstract class ProcessRegistryContract {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    protected abstract ProcessRegistry registry();

    @Test
    void heartbeat_creates_then_refreshes_one_record_per_name() {
        ProcessRegistry r = registry();
        r.heartbeat("w1", T0);
        r.heartbeat("w1", T0.plusSeconds(6));

        assertThat(r.aliveSince(T0)).containsExactly(new ProcessRecord("w1", T0.plusSeconds(6)));
    }

    @Test
    void alive_and_silent_split_at_the_cutoff() {
        ProcessRegistry r = registry();
        r.heartbeat("old", T0);
        r.heartbeat("fresh", T0.plusSeconds(30));

        assertThat(r.aliveSince(T0.plusSeconds(10))).extracting(ProcessRecord::name).containsExactly("fresh");
        assertThat(r.silentSince(T0.plusSeconds(10))).extracting(ProcessRecord::name).containsExactly("old");
        assertThat(r.aliveSince(T0.plusSeconds(30))).extracting(ProcessRecord::name).containsExactly("fresh");
    }

    @Test
    void retire_removes_only_an_unchanged_record_and_only_once() {
        ProcessRegistry r = registry();
        r.heartbeat("w1", T0);
        ProcessRecord seen = r.silentSince(T0.plusSeconds(1)).get(0);

        r.heartbeat("w1", T0.plus(Duration.ofMillis(500)));
        assertThat(r.retire(seen)).as("heartbeat arrived meanwhile").isFalse();

        ProcessRecord again = r.silentSince(T0.plusSeconds(1)).get(0);
        assertThat(r.retire(again)).isTrue();
        assertThat(r.retire(again)).as("second retire of the same record").isFalse();
        assertThat(r.aliveSince(Instant.EPOCH)).isEmpty();
    }

    @Test
    void remove_deletes_the_record() {
        ProcessRegistry r = registry();
        r.heartbeat("w1", T0);
        r.heartbeat("w2", T0);

        r.remove("w1");

        assertThat(r.aliveSince(Instant.EPOCH)).extracting(ProcessRecord::name).containsExactly("w2");
    }
}
