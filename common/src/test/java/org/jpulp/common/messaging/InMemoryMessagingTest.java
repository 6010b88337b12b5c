package org.jpulp.common.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jpulp.common.json.Json;
import org.junit.jupiter.api.Test;

class InMemoryMessagingTest extends MessagingContract {

    @Override
    protected Messaging newMessaging() {
        return new InMemoryMessaging(Json.newMapper(), Duration.ofMillis(10));
    }

    @Override
    protected boolean instancesShareQueues() {
        return false;
    }

    @Test
    void a_simulated_outage_fails_sends_and_pauses_delivery_until_restored() {
        InMemoryMessaging inMemory = (InMemoryMessaging) messaging;
        String queue = queue("outage");
        inMemory.send(queue, Payload.numbered(1));
        inMemory.setConnected(false);
        List<ReceivedMessage> received = new CopyOnWriteArrayList<>();
        inMemory.consume(queue, received::add);

        assertThat(inMemory.isConnected()).isFalse();
        assertThatThrownBy(() -> inMemory.send(queue, Payload.numbered(2)))
                .isInstanceOf(MessagingUnavailableException.class);
        assertThat(inMemory.pending(queue)).hasSize(1);

        inMemory.setConnected(true);

        await().atMost(TIMEOUT).until(() -> received.size() == 1);
        assertThat(inMemory.pending(queue)).isEmpty();
    }

    @Test
    void pending_shows_the_json_waiting_on_a_queue() {
        InMemoryMessaging inMemory = (InMemoryMessaging) messaging;

        inMemory.send(queue("pending"), new Payload("p", 1, List.of(), null));

        assertThat(inMemory.pending(queue("pending")))
                .containsExactly("{\"id\":\"p\",\"number\":1,\"tags\":[],\"at\":null}");
    }
}
