package org.jpulp.beat;

import org.jpulp.common.cli.RoleCli;

/** {@code jpulp-beat}: schema bootstrap; while active, schedules and the liveness watch (and, later, recovery). */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(RoleCli.execute(new BeatRole(), args));
    }
}
