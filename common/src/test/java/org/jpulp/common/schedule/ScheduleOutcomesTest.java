package org.jpulp.common.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import org.jpulp.testing.time.MutableClock;
import org.junit.jupiter.api.Test;

class ScheduleOutcomesTest {

    private final InMemoryScheduleStore store = new InMemoryScheduleStore(new MutableClock());
    private final ScheduleOutcomes outcomes = new ScheduleOutcomes(store);

    @Test
    void the_task_engine_reports_outcomes_that_disable_at_the_threshold() {
        ScheduledCall call = store.create(ScheduledCallTest.sync("PT1H").withFailureThreshold(2));

        assertThat(outcomes.taskEnded(call.id(), false).orElseThrow().enabled()).isTrue();
        assertThat(outcomes.taskEnded(call.id(), false).orElseThrow().enabled()).isFalse();
        assertThat(outcomes.taskEnded(call.id(), true).orElseThrow().consecutiveFailures()).isZero();
        assertThat(outcomes.taskEnded("gone", true)).isEmpty();
    }
}
