package org.jpulp.common.schema;

/**
 * The database schema is not at the version this build needs: still behind after the wait, or newer than this
 * build knows. The message is one line fit for an operator.
 */
public class SchemaNotReadyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SchemaNotReadyException(String message) {
        super(message);
    }

    public SchemaNotReadyException(String message, Throwable cause) {
        super(message, cause);
    }
}
