package org.jpulp.common.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
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
}
