package org.jpulp.devstack.stack;

import java.util.List;

/** One process of the local stack: a name for its log and pid files, and the command that runs it. */
public record Component(String name, List<String> command, Tier tier, int port) {

    /** Components start tier by tier and stop in reverse. */
    public enum Tier { INFRASTRUCTURE, CORE, WORKERS, API }
}
