package org.jpulp.beat;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.TypeLiteral;
import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jpulp.common.leader.LeaseLeadership;
import org.jpulp.common.leader.Leadership;
import org.jpulp.beat.liveness.LostProcessWatch;
import org.jpulp.beat.schedule.quartz.QuartzScheduleTimer;
import org.jpulp.common.cli.CoreModule;
import org.jpulp.common.cli.ProcessName;
import org.jpulp.common.config.ConfigLoader;
import org.jpulp.common.config.JpulpConfig;
import org.jpulp.common.lifecycle.Managed;
import org.jpulp.common.liveness.Heartbeat;
import org.jpulp.common.messaging.InMemoryMessaging;
import org.jpulp.common.schedule.ScheduleOutcomes;
import org.jpulp.common.schedule.ScheduleStore;
import org.jpulp.common.task.QueuedTaskDispatcher;
import org.jpulp.common.task.TaskDispatcher;
import org.jpulp.testing.mongo.EmbeddedMongoExtension;
import org.jpulp.testing.time.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Guice graph {@code jpulp-beat run} builds. */
@ExtendWith(EmbeddedMongoExtension.class)
class BeatRoleWiringTest {

    private final MongoDatabase db;

    BeatRoleWiringTest(MongoDatabase db) {
        this.db = db;
    }

    private List<Module> modules() {
        JpulpConfig config = ConfigLoader.load(Optional.empty(), Map.of(), List.of()).config();
        List<Module> modules = new ArrayList<>();
        modules.add(new CoreModule(config, db, new InMemoryMessaging(), new MutableClock(), new ProcessName("scheduler@h")));
        modules.addAll(new BeatRole().modules(config));
        return modules;
    }

    @Test
    void services_start_in_order_leadership_before_the_duties_it_guards() {
        Injector injector = Guice.createInjector(modules());

        Set<Managed> services = injector.getInstance(Key.get(new TypeLiteral<Set<Managed>>() { }));

        assertThat(services).extracting(s -> s.getClass().getSimpleName()).containsExactly(
                Heartbeat.class.getSimpleName(), LeaseLeadership.class.getSimpleName(),
                LostProcessWatch.class.getSimpleName(), QuartzScheduleTimer.class.getSimpleName());
        assertThat(injector.getInstance(Leadership.class)).isSameAs(injector.getInstance(LeaseLeadership.class));
        assertThat(injector.getInstance(ScheduleStore.class)).isSameAs(injector.getInstance(ScheduleStore.class));
        assertThat(injector.getInstance(ScheduleOutcomes.class)).isNotNull();
    }

    @Test
    void schedules_dispatch_through_the_task_engine() {
        Injector injector = Guice.createInjector(modules());

        assertThat(injector.getInstance(TaskDispatcher.class)).isInstanceOf(QueuedTaskDispatcher.class);
    }
}
