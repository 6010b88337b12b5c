package org.jpulp.common.messaging;

/**
 * A received message body is not the JSON the handler expected. Redelivery cannot fix it: a handler that wants to
 * drop such a message catches this exception and returns normally.
 */
public class MalformedMessageException extends MessagingException {

    private static final long serialVersionUID = 1L;

    public MalformedMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
