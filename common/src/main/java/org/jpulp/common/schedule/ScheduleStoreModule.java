package org.jpulp.common.schedule;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.mongodb.client.MongoDatabase;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.jpulp.common.schedule.mongo.MongoScheduleStore;

/**
 * Binds {@link ScheduleStore} to {@code scheduled_calls} and {@link ScheduleOutcomes}; for beat, REST and workers.
 * Modules of several features may each install it: all instances are equal, so Guice installs it once.
 */
public final class ScheduleStoreModule extends AbstractModule {

    @Override
    public boolean equals(Object other) {
        return other instanceof ScheduleStoreModule;
    }

    @Override
    public int hashCode() {
        return ScheduleStoreModule.class.hashCode();
    }

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
