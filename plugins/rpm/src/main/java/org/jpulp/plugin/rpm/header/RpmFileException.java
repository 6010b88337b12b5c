package org.jpulp.plugin.rpm.header;

/** The file is not an RPM package this plugin can read; the message says why (e.g. what is corrupt or missing). */
public final class RpmFileException extends Exception {

    public RpmFileException(String message) {
        super(message);
    }

    public RpmFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
