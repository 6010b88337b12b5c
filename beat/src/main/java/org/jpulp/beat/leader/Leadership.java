package org.jpulp.beat.leader;

/** Whether this beat is the active one; beat duties do nothing while it stands by. */
@FunctionalInterface
public interface Leadership {

    /** For a beat that runs alone, e.g. in tests. */
    Leadership ALWAYS = () -> true;

    boolean isActive();
}
