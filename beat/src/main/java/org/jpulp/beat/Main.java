package org.jpulp.beat;

import org.jpulp.common.cli.RoleCli;

/** {@code jpulp-beat}: schema bootstrap, liveness watch (and, with the task engine, schedules and recovery). */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(RoleCli.execute(new BeatRole(), args));
    }
}
