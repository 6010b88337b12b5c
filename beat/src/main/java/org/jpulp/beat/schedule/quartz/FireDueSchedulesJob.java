package org.jpulp.beat.schedule.quartz;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** The one Quartz job: a round of {@link QuartzScheduleTimer}; rounds never run concurrently. */
@DisallowConcurrentExecution
final class FireDueSchedulesJob implements Job {

    private final QuartzScheduleTimer timer;

    FireDueSchedulesJob(QuartzScheduleTimer timer) {
        this.timer = timer;
    }

    @Override
    public void execute(JobExecutionContext context) {
        timer.runRound();
    }
}
