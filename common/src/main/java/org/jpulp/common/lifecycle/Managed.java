package org.jpulp.common.lifecycle;

/** Something that holds threads or connections: started in registration order, stopped in reverse. */
public interface Managed {

    void start() throws Exception;

    void stop() throws Exception;

    /** Adapts a start and a stop action. */
    static Managed of(Action start, Action stop) {
        return new Managed() {
            @Override
            public void start() throws Exception {
                start.run();
            }

            @Override
            public void stop() throws Exception {
                stop.run();
            }
        };
    }

    /** Something already open that only needs closing at the end. */
    static Managed closing(Action close) {
        return of(() -> { }, close);
    }

    @FunctionalInterface
    interface Action {
        void run() throws Exception;
    }
}
