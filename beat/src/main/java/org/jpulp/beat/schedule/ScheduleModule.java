package org.jpulp.beat.schedule;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.multibindings.ProvidesIntoSet;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.jpulp.common.leader.Leadership;
import org.jpulp.beat.schedule.quartz.QuartzScheduleTimer;
import org.jpulp.common.lifecycle.Managed;
import org.jpulp.common.schedule.ScheduleOutcomes;
import org.jpulp.common.schedule.ScheduleStore;
import org.jpulp.common.schedule.ScheduleStoreModule;
import org.jpulp.common.task.TaskDispatcher;

/**
 * Fires schedules through Quartz while this beat is active. Needs a {@link TaskDispatcher} binding from
 * elsewhere (the task engine's) and {@link Leadership}.
 */
public final class ScheduleModule extends AbstractModule {

    @Override
    protected void configure() {
        install(new ScheduleStoreModule());
    }

    @Provides
    @Singleton
    ScheduleFirer firer(ScheduleStore store, ScheduleOutcomes outcomes, TaskDispatcher dispatcher,
                        Leadership leadership, Clock clock) {
        return new ScheduleFirer(store, outcomes, dispatcher, leadership, clock);
    }

    @ProvidesIntoSet
    Managed timer(ScheduleFirer firer, Clock clock) {
        return new QuartzScheduleTimer(firer, clock, ScheduleTimerSettings.DEFAULT);
    }
}
