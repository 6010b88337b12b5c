package org.jpulp.devstack.stack;

/** The stack could not be brought up; the message says why in one or a few lines. */
public final class StackException extends Exception {

    public StackException(String message) {
        super(message);
    }
}
