package org.jpulp.common.messaging;

/** The broker cannot be reached (down, refusing connections, rejecting credentials, or not answering in time). */
public class MessagingUnavailableException extends MessagingException {

    private static final long serialVersionUID = 1L;

    public MessagingUnavailableException(String message) {
        super(message);
    }

    public MessagingUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
