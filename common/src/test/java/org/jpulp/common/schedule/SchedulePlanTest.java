package org.jpulp.common.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SchedulePlanTest {

    private static Instant at(String iso) {
        return Instant.parse(iso);
    }

    @Test
    void the_next_slot_is_strictly_after_the_given_instant() {
        SchedulePlan hourly = Iso8601Schedule.parse("PT1H");
        Instant anchor = at("2026-01-01T00:00:00Z");

        assertThat(hourly.slotAfter(anchor, at("2025-12-31T12:00:00Z"))).isEqualTo(anchor);
        assertThat(hourly.slotAfter(anchor, anchor)).isEqualTo(at("2026-01-01T01:00:00Z"));
        assertThat(hourly.slotAfter(anchor, at("2026-01-01T00:59:59.999Z"))).isEqualTo(at("2026-01-01T01:00:00Z"));
        assertThat(hourly.slotAfter(anchor, at("2026-01-01T01:00:00Z"))).isEqualTo(at("2026-01-01T02:00:00Z"));
        assertThat(hourly.slotAfter(anchor, at("2026-03-05T07:30:00Z"))).isEqualTo(at("2026-03-05T08:00:00Z"));
    }

    @Test
    void the_latest_slot_at_or_before_an_instant() {
        SchedulePlan hourly = Iso8601Schedule.parse("PT1H");
        Instant anchor = at("2026-01-01T00:00:00Z");

        assertThat(hourly.slotAtOrBefore(anchor, at("2025-12-31T23:00:00Z"))).isNull();
        assertThat(hourly.slotAtOrBefore(anchor, anchor)).isEqualTo(anchor);
        assertThat(hourly.slotAtOrBefore(anchor, at("2026-01-01T05:00:00Z"))).isEqualTo(at("2026-01-01T05:00:00Z"));
        assertThat(hourly.slotAtOrBefore(anchor, at("2026-01-01T05:59:00Z"))).isEqualTo(at("2026-01-01T05:00:00Z"));
    }

    @Test
    void days_are_24_hours_in_utc_across_daylight_saving_changes() {
        SchedulePlan daily = Iso8601Schedule.parse("2026-03-28T01:30:00Z/P1D");
        Instant anchor = daily.start();

        // Europe and the US change clocks around these dates; UTC slots do not move
        assertThat(daily.slotAfter(anchor, at("2026-03-29T00:00:00Z"))).isEqualTo(at("2026-03-29T01:30:00Z"));
        assertThat(daily.slotAfter(anchor, at("2026-03-30T00:00:00Z"))).isEqualTo(at("2026-03-30T01:30:00Z"));
        assertThat(daily.slotAfter(anchor, at("2026-11-01T12:00:00Z"))).isEqualTo(at("2026-11-02T01:30:00Z"));
    }

    @Test
    void monthly_slots_keep_the_day_of_month_and_clamp_short_months_without_drifting() {
        SchedulePlan monthly = Iso8601Schedule.parse("2026-01-31T03:00:00Z/P1M");
        Instant anchor = monthly.start();

        assertThat(monthly.slotAfter(anchor, anchor)).isEqualTo(at("2026-02-28T03:00:00Z"));
        assertThat(monthly.slotAfter(anchor, at("2026-02-28T03:00:00Z"))).isEqualTo(at("2026-03-31T03:00:00Z"));
        assertThat(monthly.slotAfter(anchor, at("2026-04-01T00:00:00Z"))).isEqualTo(at("2026-04-30T03:00:00Z"));
        assertThat(monthly.slotAfter(anchor, at("2028-02-10T00:00:00Z"))).isEqualTo(at("2028-02-29T03:00:00Z"));
        assertThat(monthly.slotAtOrBefore(anchor, at("2026-12-31T02:59:59Z"))).isEqualTo(at("2026-11-30T03:00:00Z"));
    }

    @Test
    void mixed_calendar_and_clock_periods_multiply_both_parts() {
        SchedulePlan plan = Iso8601Schedule.parse("2026-01-01T00:00:00Z/P1M1DT1H");
        Instant anchor = plan.start();

        assertThat(plan.slotAfter(anchor, anchor)).isEqualTo(at("2026-02-02T01:00:00Z"));
        assertThat(plan.slotAfter(anchor, at("2026-02-02T01:00:00Z"))).isEqualTo(at("2026-03-03T02:00:00Z"));
    }

    @Test
    void second_periods_over_centuries_do_not_overflow() {
        SchedulePlan everySecond = Iso8601Schedule.parse("PT1S");
        Instant anchor = at("1970-01-01T00:00:00Z");

        assertThat(everySecond.slotAfter(anchor, at("2200-06-01T12:00:00.5Z"))).isEqualTo(at("2200-06-01T12:00:01Z"));
        assertThat(Iso8601Schedule.parse("1970-01-01T00:00:00Z/P1M").slotAfter(anchor, at("2200-06-01T00:00:00Z")))
                .isEqualTo(at("2200-07-01T00:00:00Z"));
    }

    @Test
    void next_run_is_the_first_run_while_that_is_in_the_future() {
        SchedulePlan plan = Iso8601Schedule.parse("PT1H");
        Instant now = at("2026-01-01T00:00:00Z");
        Instant first = now.plus(Duration.ofMinutes(10));

        assertThat(plan.nextRun(first, null, now)).isEqualTo(first);
    }

    @Test
    void next_run_is_now_for_a_schedule_that_never_ran_and_whose_start_passed() {
        SchedulePlan plan = Iso8601Schedule.parse("PT1H");
        Instant now = at("2026-01-01T00:30:00Z");

        assertThat(plan.nextRun(at("2025-06-01T00:00:00Z"), null, now)).isEqualTo(now);
    }

    @Test
    void next_run_is_now_when_the_latest_slot_was_missed_and_the_next_slot_otherwise() {
        SchedulePlan plan = Iso8601Schedule.parse("PT1H");
        Instant first = at("2026-01-01T00:00:00Z");
        Instant now = at("2026-01-01T05:30:00Z");

        assertThat(plan.nextRun(first, at("2026-01-01T02:00:00Z"), now)).as("slots 3, 4, 5 missed").isEqualTo(now);
        assertThat(plan.nextRun(first, at("2026-01-01T05:00:00Z"), now)).isEqualTo(at("2026-01-01T06:00:00Z"));
        assertThat(plan.nextRun(first, at("2026-01-01T05:10:00Z"), now)).isEqualTo(at("2026-01-01T06:00:00Z"));
    }
}
