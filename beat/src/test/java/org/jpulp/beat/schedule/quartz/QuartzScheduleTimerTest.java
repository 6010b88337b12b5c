package org.jpulp.beat.schedule.quartz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jpulp.common.leader.Leadership;
import org.jpulp.beat.schedule.ScheduleFirer;
import org.jpulp.beat.schedule.ScheduleTimerSettings;
import org.jpulp.beat.testsupport.LogCapture;
import org.jpulp.common.schedule.InMemoryScheduleStore;
import org.jpulp.common.schedule.NewSchedule;
import org.jpulp.common.schedule.ScheduleOutcomes;
import org.jpulp.common.schedule.ScheduleStore;
import org.jpulp.common.schedule.ScheduledCall;
import org.jpulp.common.schedule.ScheduledTask;
import org.jpulp.common.task.RecordingTaskDispatcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The real Quartz timer with the system clock. */
class QuartzScheduleTimerTest {

    private final Clock clock = Clock.systemUTC();
    private final InMemoryScheduleStore store = new InMemoryScheduleStore(clock);
    private final RecordingTaskDispatcher dispatcher = new RecordingTaskDispatcher(clock);
    private final LogCapture log = LogCapture.of(QuartzScheduleTimer.class);
    private QuartzScheduleTimer timer;

    @AfterEach
    void stop() throws Exception {
        if (timer != null) {
            timer.stop();
        }
        log.close();
    }

    private void startTimer(ScheduleStore through, ScheduleTimerSettings settings) throws Exception {
        ScheduleFirer firer = new ScheduleFirer(through, new ScheduleOutcomes(through), dispatcher, Leadership.ALWAYS,
                clock);
        timer = new QuartzScheduleTimer(firer, clock, settings);
        timer.start();
    }

    private static NewSchedule hourlyFrom(Instant start) {
        return NewSchedule.of(start + "/PT1H", "pulp:importer:zoo:yum_importer",
                ScheduledTask.of("pulp.server.managers.repo.sync.sync", java.util.List.of("zoo"), java.util.Map.of()));
    }

    @Test
    void a_schedule_due_in_a_second_is_dispatched_on_time_by_the_quartz_timer() throws Exception {
        Instant due = clock.instant().plusSeconds(1).truncatedTo(ChronoUnit.MILLIS);
        ScheduledCall call = store.create(hourlyFrom(due));

        startTimer(store, ScheduleTimerSettings.DEFAULT); // the periodic round comes only after 5 s

        await().atMost(Duration.ofSeconds(4)).until(() -> dispatcher.dispatched().size() == 1);
        RecordingTaskDispatcher.Dispatched fired = dispatcher.dispatched().get(0);
        assertThat(fired.at()).isAfterOrEqualTo(due).isBefore(due.plusSeconds(3));
        assertThat(fired.request().scheduledCallId()).isEqualTo(call.id());
    }

    @Test
    void a_failing_round_is_logged_once_and_the_timer_keeps_going() throws Exception {
        AtomicInteger failuresLeft = new AtomicInteger(3);
        store.create(hourlyFrom(clock.instant().truncatedTo(ChronoUnit.MILLIS)));

        startTimer(failingFirst(store, failuresLeft), new ScheduleTimerSettings(Duration.ofMillis(100), Duration.ofMillis(10)));

        await().atMost(Duration.ofSeconds(10))
                .until(() -> dispatcher.dispatched().size() == 1 && log.lines().size() >= 2);
        assertThat(log.lines()).containsExactly(
                "WARN schedule round failed, retrying every 100 ms: java.lang.IllegalStateException: database down",
                "INFO schedule rounds work again");
    }

    @Test
    void stopping_ends_the_timer_threads() throws Exception {
        startTimer(store, ScheduleTimerSettings.DEFAULT);
        await().atMost(Duration.ofSeconds(5)).until(() -> threadsNamed("jpulp-schedule") > 0);

        timer.stop();
        timer = null;

        await().atMost(Duration.ofSeconds(5)).until(() -> threadsNamed("jpulp-schedule") == 0);
    }

    private static long threadsNamed(String prefix) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith(prefix)).count();
    }

    /** A store whose listing of due schedules fails the first few times, as with a database outage. */
    private static ScheduleStore failingFirst(ScheduleStore store, AtomicInteger failuresLeft) {
        return (ScheduleStore) Proxy.newProxyInstance(ScheduleStore.class.getClassLoader(),
                new Class<?>[] {ScheduleStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("due") && failuresLeft.getAndDecrement() > 0) {
                        throw new IllegalStateException("database down");
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
