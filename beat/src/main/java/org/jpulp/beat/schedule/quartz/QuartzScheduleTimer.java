package org.jpulp.beat.schedule.quartz;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.jpulp.beat.schedule.ScheduleFirer;
import org.jpulp.beat.schedule.ScheduleTimerSettings;
import org.jpulp.common.lifecycle.Managed;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The timer that runs {@link ScheduleFirer} rounds: a Quartz scheduler in memory (RAMJobStore) with one thread of
 * its own. A repeating trigger runs a round every {@link ScheduleTimerSettings#replanEvery()}, which keeps the loop
 * alive whatever happens and picks up schedules other processes changed; after each round a one-shot trigger is
 * set at the earliest next run when that comes sooner, so schedules fire on time. Rounds never overlap. A failing
 * round is logged once (until a round works again) and the next one runs as planned.
 */
public final class QuartzScheduleTimer implements Managed {

    private static final Logger LOG = LoggerFactory.getLogger(QuartzScheduleTimer.class);
    private static final AtomicInteger INSTANCES = new AtomicInteger();
    private static final String GROUP = "jpulp-schedules";
    private static final JobKey JOB = JobKey.jobKey("fire-due-schedules", GROUP);

    private final ScheduleFirer firer;
    private final Clock clock;
    private final ScheduleTimerSettings settings;
    private Scheduler scheduler;
    private boolean failing;

    public QuartzScheduleTimer(ScheduleFirer firer, Clock clock, ScheduleTimerSettings settings) {
        this.firer = firer;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public void start() throws SchedulerException {
        scheduler = new StdSchedulerFactory(quartzProperties()).getScheduler();
        scheduler.setJobFactory((bundle, owner) -> new FireDueSchedulesJob(this));
        scheduler.addJob(JobBuilder.newJob(FireDueSchedulesJob.class).withIdentity(JOB).storeDurably().build(), false);
        scheduler.scheduleJob(TriggerBuilder.newTrigger().withIdentity("replan", GROUP).forJob(JOB).startNow()
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(settings.replanEvery().toMillis()).repeatForever()
                        .withMisfireHandlingInstructionNextWithRemainingCount())
                .build());
        scheduler.start();
    }

    /** One round, then a wake-up at the next run if that comes before the next periodic round. */
    void runRound() {
        try {
            ScheduleFirer.Round round = firer.fireDue();
            if (failing) {
                LOG.info("schedule rounds work again");
                failing = false;
            }
            if (round.failed() == 0 && round.nextDue().isPresent()) {
                wakeAt(round.nextDue().get());
            }
        } catch (RuntimeException | SchedulerException e) {
            if (!failing) {
                LOG.warn("schedule round failed, retrying every {} ms: {}", settings.replanEvery().toMillis(), e.toString());
                failing = true;
            }
        }
    }

    private void wakeAt(Instant due) throws SchedulerException {
        Instant now = clock.instant();
        if (!due.isBefore(now.plus(settings.replanEvery()))) {
            return;
        }
        Instant at = due.isBefore(now.plus(settings.minimumGap())) ? now.plus(settings.minimumGap()) : due;
        TriggerKey key = TriggerKey.triggerKey("at-" + at.toEpochMilli(), GROUP);
        if (scheduler.checkExists(key)) {
            return;
        }
        Trigger once = TriggerBuilder.newTrigger().withIdentity(key).forJob(JOB).startAt(Date.from(at))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow()).build();
        scheduler.scheduleJob(once);
    }

    private static Properties quartzProperties() {
        Properties p = new Properties();
        p.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_NAME, GROUP + "-" + INSTANCES.incrementAndGet());
        p.setProperty(StdSchedulerFactory.PROP_SCHED_THREAD_NAME, "jpulp-schedule-timer");
        p.setProperty(StdSchedulerFactory.PROP_SCHED_MAKE_SCHEDULER_THREAD_DAEMON, "true");
        p.setProperty(StdSchedulerFactory.PROP_JOB_STORE_CLASS, "org.quartz.simpl.RAMJobStore");
        p.setProperty(StdSchedulerFactory.PROP_THREAD_POOL_CLASS, "org.quartz.simpl.SimpleThreadPool");
        p.setProperty("org.quartz.threadPool.threadCount", "1");
        p.setProperty("org.quartz.threadPool.threadNamePrefix", "jpulp-schedule-fire");
        p.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
        return p;
    }

    /** Waits for a running round to finish, then stops the scheduler's threads. */
    @Override
    public void stop() throws SchedulerException {
        if (scheduler != null) {
            scheduler.shutdown(true);
        }
    }
}
