package org.jpulp.plugin.rpm.repodata;

/** Upstream repository metadata that cannot be used: malformed, inconsistent, unsafe or failing verification. */
public class RepodataException extends RuntimeException {

    public RepodataException(String message) {
        super(message);
    }

    public RepodataException(String message, Throwable cause) {
        super(message, cause);
    }
}
