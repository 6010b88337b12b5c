package org.jpulp.common.leader;

/** Whether this process is the active one of its role; its guarded duties do nothing while it stands by. */
@FunctionalInterface
public interface Leadership {

    /** For a process that runs alone, e.g. in tests. */
    Leadership ALWAYS = () -> true;

    boolean isActive();
}
