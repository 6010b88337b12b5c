package org.jpulp.common.content;

/** A path from remote metadata, a config or a client would leave the directory it is meant for, or is not a usable name. */
public final class UnsafePathException extends IllegalArgumentException {

    public UnsafePathException(String message) {
        super(message);
    }
}
