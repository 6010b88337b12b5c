package org.jpulp.restapi;

import org.jpulp.common.cli.RoleCli;

/** {@code jpulp-rest-api}: the Pulp 2 compatible REST API. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(RoleCli.execute(new RestApiRole(), args));
    }
}
