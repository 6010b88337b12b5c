package org.jpulp.common.schedule;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.mongodb.client.MongoDatabase;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.jpulp.common.schedule.mongo.MongoScheduleStore;

/** Binds {@link ScheduleStore} to {@code scheduled_calls} and {@link ScheduleOutcomes}; for beat, REST and workers. */
public final class ScheduleStoreModule extends AbstractModule {

    @Provides
    @Singleton
    ScheduleStore store(MongoDatabase db, Clock clock) {
        return new MongoScheduleStore(db, clock);
    }

    @Provides
    @Singleton
    ScheduleOutcomes outcomes(ScheduleStore store) {
        return new ScheduleOutcomes(store);
    }
}
