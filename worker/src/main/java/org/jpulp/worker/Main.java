package org.jpulp.worker;

import org.jpulp.common.cli.RoleCli;

/** {@code jpulp-worker}: runs tasks from its own queue. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(RoleCli.execute(new WorkerRole(), args));
    }
}
