package org.jpulp.common.schema;

/** A migration threw, or the migration lock was lost; the tracker still shows the last version that completed. */
public class MigrationFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MigrationFailedException(String message) {
        super(message);
    }

    public MigrationFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
