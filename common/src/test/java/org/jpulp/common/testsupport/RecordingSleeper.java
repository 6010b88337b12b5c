package org.jpulp.common.testsupport;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntConsumer;
import org.jpulp.common.time.Sleeper;
import org.jpulp.testing.time.MutableClock;

/** A {@link Sleeper} that never sleeps: it records each request and runs an optional action instead. */
public final class RecordingSleeper implements Sleeper {

    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private final IntConsumer onSleep;

    private RecordingSleeper(IntConsumer onSleep) {
        this.onSleep = onSleep;
    }

    public static RecordingSleeper recording() {
        return new RecordingSleeper(n -> { });
    }

    /** Runs {@code action} with the 1-based number of the call, on every call. */
    public static RecordingSleeper onEachCall(IntConsumer action) {
        return new RecordingSleeper(action);
    }

    /** Moves {@code clock} forward by each requested duration, as a real sleep would. */
    public static RecordingSleeper advancing(MutableClock clock) {
        RecordingSleeper[] self = new RecordingSleeper[1];
        self[0] = new RecordingSleeper(n -> clock.advance(self[0].sleeps.get(n - 1)));
        return self[0];
    }

    @Override
    public void sleep(Duration duration) {
        sleeps.add(duration);
        onSleep.accept(sleeps.size());
    }

    public List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    public Duration total() {
        return sleeps.stream().reduce(Duration.ZERO, Duration::plus);
    }
}
