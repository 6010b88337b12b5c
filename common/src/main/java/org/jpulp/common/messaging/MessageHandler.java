package org.jpulp.common.messaging;

/** Processes one message; returning normally acknowledges it, throwing has it redelivered. */
@FunctionalInterface
public interface MessageHandler {

    void handle(ReceivedMessage message) throws Exception;
}
