package org.jpulp.resourcemanager;

import org.jpulp.common.cli.RoleCli;

/** {@code jpulp-resource-manager}: assigns reserved tasks to workers. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(RoleCli.execute(new ResourceManagerRole(), args));
    }
}
