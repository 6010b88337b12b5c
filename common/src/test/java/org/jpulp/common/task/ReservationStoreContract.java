package org.jpulp.common.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Behaviour every {@link ReservationStore} shares. */
public abstract class ReservationStoreContract {

    protected abstract ReservationStore store();

    @Test
    void one_task_at_a_time_holds_a_resource_and_reservation_is_all_or_nothing() {
        ReservationStore s = store();

        assertThat(s.reserve("t1", "w1", List.of("repository:a"))).isTrue();
        assertThat(s.reserve("t1", "w1", List.of("repository:a"))).as("again by the holder").isTrue();
        assertThat(s.reserve("t2", "w2", List.of("repository:b", "repository:a"))).isFalse();
        assertThat(s.holders()).isEqualTo(Map.of("repository:a", "t1"));

        s.release("t2", List.of("repository:a"));
        assertThat(s.holders()).as("only the holder releases").containsKey("repository:a");
        s.release("t1", List.of("repository:a"));
        assertThat(s.reserve("t2", "w2", List.of("repository:b", "repository:a"))).isTrue();
        assertThat(s.holders()).isEqualTo(Map.of("repository:a", "t2", "repository:b", "t2"));
    }

    @Test
    void reserve_all_gives_each_task_all_of_its_resources_or_none_and_release_all_frees_only_the_holders() {
        ReservationStore s = store();
        s.reserve("t0", "w1", List.of("repository:busy"));

        Set<String> reserved = s.reserveAll(List.of(
                new ReservationStore.Hold("t1", "w1", List.of("repository:a", "repository:b")),
                new ReservationStore.Hold("t2", "w2", List.of("repository:c", "repository:busy")),
                new ReservationStore.Hold("t0", "w1", List.of("repository:busy"))));

        assertThat(reserved).containsExactlyInAnyOrder("t1", "t0");
        assertThat(s.holders()).isEqualTo(Map.of("repository:a", "t1", "repository:b", "t1", "repository:busy", "t0"));

        s.releaseAll(Map.of("t1", List.of("repository:a"), "t2", List.of("repository:b", "repository:busy")));
        assertThat(s.holders()).isEqualTo(Map.of("repository:b", "t1", "repository:busy", "t0"));
    }
}
