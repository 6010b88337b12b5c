package org.jpulp.common.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.threeten.extra.PeriodDuration;

class Iso8601ScheduleTest {

    @Test
    void a_duration_alone_runs_forever_from_creation() {
        SchedulePlan plan = Iso8601Schedule.parse("PT1H");

        assertThat(plan.recurrences()).isNull();
        assertThat(plan.start()).isNull();
        assertThat(plan.period()).isEqualTo(PeriodDuration.of(Duration.ofHours(1)));
        Instant now = Instant.parse("2026-05-01T10:00:00Z");
        assertThat(plan.firstRun(now)).isEqualTo(now);
    }

    @Test
    void start_and_duration() {
        SchedulePlan plan = Iso8601Schedule.parse("2014-01-01T00:00:00Z/P1D");

        assertThat(plan.recurrences()).isNull();
        assertThat(plan.start()).isEqualTo(Instant.parse("2014-01-01T00:00:00Z"));
        assertThat(plan.period()).isEqualTo(PeriodDuration.of(Period.ofDays(1)));
    }

    @Test
    void recurrences_start_and_duration() {
        SchedulePlan plan = Iso8601Schedule.parse("R5/2019-06-01T03:00:00Z/P7D");

        assertThat(plan.recurrences()).isEqualTo(5);
        assertThat(plan.start()).isEqualTo(Instant.parse("2019-06-01T03:00:00Z"));
        assertThat(plan.period()).isEqualTo(PeriodDuration.of(Period.ofDays(7)));
    }

    @Test
    void recurrences_without_start() {
        SchedulePlan plan = Iso8601Schedule.parse("R3/PT15M");

        assertThat(plan.recurrences()).isEqualTo(3);
        assertThat(plan.start()).isNull();
    }

    @Test
    void a_start_in_the_future_or_the_past_is_the_first_run_whatever_the_time_now() {
        Instant now = Instant.parse("2026-05-01T10:00:00Z");

        assertThat(Iso8601Schedule.parse("2030-01-01T00:00:00Z/P1D").firstRun(now))
                .isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
        assertThat(Iso8601Schedule.parse("2014-01-01T00:00:00Z/P1D").firstRun(now))
                .isEqualTo(Instant.parse("2014-01-01T00:00:00Z"));
    }

    @Test
    void a_start_with_an_offset_is_converted_and_one_without_is_utc() {
        assertThat(Iso8601Schedule.parse("2026-01-01T02:00:00+02:00/PT1H").start())
                .isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(Iso8601Schedule.parse("2026-01-01T02:00:00/PT1H").start())
                .isEqualTo(Instant.parse("2026-01-01T02:00:00Z"));
    }

    @Test
    void calendar_and_clock_parts_mix_and_weeks_are_days() {
        assertThat(Iso8601Schedule.parse("2026-01-01T00:00:00Z/P1M2DT3H").period())
                .isEqualTo(PeriodDuration.of(Period.of(0, 1, 2), Duration.ofHours(3)));
        assertThat(Iso8601Schedule.parse("P2W").period()).isEqualTo(PeriodDuration.of(Period.ofDays(14)));
    }

    @Test
    void months_and_years_need_a_start() {
        assertThatThrownBy(() -> Iso8601Schedule.parse("P1M"))
                .isInstanceOf(InvalidScheduleException.class)
                .hasMessage("invalid schedule 'P1M': a duration in months or years needs a start time");
        assertThat(Iso8601Schedule.parse("2026-01-31T00:00:00Z/P1Y").recurrences()).isNull();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "garbage", "1H", "R0/PT1H", "R-1/PT1H", "R/PT1H", "Rx/PT1H", "R5", "PT0S", "P0D",
        "-PT1H", "PT-1H", "P1DT-1H", "2014-13-01T00:00:00Z/P1D", "2014-01-01/P1D", "P1D/2014-01-01T00:00:00Z",
        "2014-01-01T00:00:00Z/2014-01-02T00:00:00Z/P1D", "R5/R5/P1D", "R5/2014-01-01T00:00:00Z/P1D/x", "PT1H/",
        "R2/2014-01-01T00:00:00Z/"})
    void bad_strings_are_rejected_naming_the_schedule_property(String text) {
        assertThatThrownBy(() -> Iso8601Schedule.parse(text))
                .isInstanceOfSatisfying(InvalidScheduleException.class,
                        e -> assertThat(e.property()).isEqualTo("schedule"))
                .hasMessageStartingWith("invalid schedule '" + text + "': ");
    }
}
