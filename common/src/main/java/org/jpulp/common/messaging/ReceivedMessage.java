package org.jpulp.common.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Objects;

/**
 * One delivery of a message.
 *
 * @param queue the queue it was consumed from
 * @param messageId the broker-independent id assigned when it was sent; the same on every redelivery
 * @param body the JSON text, or null if the message carried no text
 * @param deliveryCount 1 on the first delivery, higher on redeliveries; informational only, because brokers do
 *     not keep it across restarts and do not all count the same way
 * @param mapper the Jackson mapper {@link #as(Class)} reads the body with
 */
public record ReceivedMessage(String queue, String messageId, String body, int deliveryCount, ObjectMapper mapper) {

    public ReceivedMessage {
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(mapper, "mapper");
    }

    /**
     * Reads the JSON body as the given type.
     *
     * @throws MalformedMessageException if the body is missing or is not JSON of that type
     */
    public <T> T as(Class<T> type) {
        if (body == null) {
            throw new MalformedMessageException(describe() + " has no text body", null);
        }
        try {
            return mapper.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new MalformedMessageException(
                    describe() + " is not a " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    public boolean isRedelivery() {
        return deliveryCount > 1;
    }

    @Override
    public String toString() {
        return describe() + " (delivery " + deliveryCount + ", " + (body == null ? 0 : body.length()) + " chars)";
    }

    private String describe() {
        return "message " + messageId + " on queue " + queue;
    }
}
