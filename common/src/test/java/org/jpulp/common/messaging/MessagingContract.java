package org.jpulp.common.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link Messaging} must show. A subclass supplies a started, connected instance; each test
 * uses fresh queue names, so subclasses may share one broker between tests.
 */
public abstract class MessagingContract {

    protected static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final List<Messaging> opened = new ArrayList<>();
    private final String prefix = "contract-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    protected Messaging messaging;

    /** A new, started and connected instance; the contract closes it. */
    protected abstract Messaging newMessaging();

    /** Whether two instances from {@link #newMessaging()} see the same queues (true for a shared broker). */
    protected boolean instancesShareQueues() {
        return true;
    }

    public record Payload(String id, int number, List<String> tags, Instant at) {

        static Payload numbered(int number) {
            return new Payload(UUID.randomUUID().toString(), number, List.of("t" + number), Instant.now());
        }
    }

    @BeforeEach
    void openMessaging() {
        messaging = open();
    }

    @AfterEach
    void closeMessaging() {
        opened.forEach(Messaging::close);
    }

    protected Messaging open() {
        Messaging created = newMessaging();
        opened.add(created);
        return created;
    }

    protected String queue(String name) {
        return prefix + name;
    }

    @Test
    void round_trips_a_json_payload() {
        String queue = queue("round-trip");
        Payload sent = new Payload("task-1", 42, List.of("a", "b"), Instant.parse("2026-01-02T03:04:05.678Z"));
        List<ReceivedMessage> received = new CopyOnWriteArrayList<>();
        messaging.consume(queue, received::add);

        messaging.send(queue, sent);

        await().atMost(TIMEOUT).until(() -> received.size() == 1);
        ReceivedMessage message = received.get(0);
        assertThat(message.as(Payload.class)).isEqualTo(sent);
        assertThat(message.queue()).isEqualTo(queue);
        assertThat(message.messageId()).isNotBlank();
        assertThat(message.deliveryCount()).isEqualTo(1);
        assertThat(message.isRedelivery()).isFalse();
    }

    @Test
    void reading_a_body_as_the_wrong_type_raises_malformed_message() {
        String queue = queue("malformed");
        List<ReceivedMessage> received = new CopyOnWriteArrayList<>();
        messaging.consume(queue, received::add);

        messaging.send(queue, "just a string");

        await().atMost(TIMEOUT).until(() -> received.size() == 1);
        assertThat(received.get(0).as(String.class)).isEqualTo("just a string");
        assertThatThrownBy(() -> received.get(0).as(Payload.class))
                .isInstanceOf(MalformedMessageException.class)
                .hasMessageContaining(queue);
    }

    @Test
    void delivers_in_send_order_to_a_single_consumer() {
        String queue = queue("fifo");
        List<Integer> numbers = new CopyOnWriteArrayList<>();
        messaging.consume(queue, message -> numbers.add(message.as(Payload.class).number()));

        IntStream.range(0, 25).forEach(n -> messaging.send(queue, Payload.numbered(n)));

        await().atMost(TIMEOUT).until(() -> numbers.size() == 25);
        assertThat(numbers).containsExactlyElementsOf(IntStream.range(0, 25).boxed().toList());
    }

    @Test
    void keeps_a_message_sent_before_any_consumer_existed() {
        String queue = queue("created-on-send");
        Payload sent = Payload.numbered(7);
        messaging.send(queue, sent);

        List<Payload> received = new CopyOnWriteArrayList<>();
        messaging.consume(queue, message -> received.add(message.as(Payload.class)));

        await().atMost(TIMEOUT).until(() -> received.size() == 1);
        assertThat(received).containsExactly(sent);
    }

    @Test
    void redelivers_a_message_whose_handler_failed_until_it_succeeds() {
        String queue = queue("failing-handler");
        List<ReceivedMessage> attempts = new CopyOnWriteArrayList<>();
        List<Payload> handled = new CopyOnWriteArrayList<>();
        messaging.consume(queue, message -> {
            attempts.add(message);
            Payload payload = message.as(Payload.class);
            if (payload.number() == 1 && attempts.size() == 1) {
                throw new IllegalStateException("first attempt fails");
            }
            handled.add(payload);
        });

        messaging.send(queue, Payload.numbered(1));
        messaging.send(queue, Payload.numbered(2));

        await().atMost(TIMEOUT).until(() -> handled.size() == 2);
        assertThat(handled).extracting(Payload::number).containsExactly(1, 2);
        assertThat(attempts).hasSize(3);
        assertThat(attempts.get(1).messageId()).isEqualTo(attempts.get(0).messageId());
        assertThat(attempts.get(1).body()).isEqualTo(attempts.get(0).body());
        assertThat(attempts.get(1).deliveryCount()).isGreaterThan(attempts.get(0).deliveryCount());
        assertThat(attempts.get(1).isRedelivery()).isTrue();
    }

    @Test
    void gives_a_message_held_by_a_closed_subscription_to_the_next_one() throws InterruptedException {
        String queue = queue("held");
        Payload sent = Payload.numbered(3);
        CountDownLatch holding = new CountDownLatch(1);
        Subscription slow = messaging.consume(queue, message -> {
            holding.countDown();
            new CountDownLatch(1).await(); // until close() interrupts the handler
        });
        messaging.send(queue, sent);
        assertThat(holding.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();

        slow.close();
        List<ReceivedMessage> received = new CopyOnWriteArrayList<>();
        messaging.consume(queue, received::add);

        await().atMost(TIMEOUT).until(() -> received.size() == 1);
        assertThat(received.get(0).as(Payload.class)).isEqualTo(sent);
    }

    @Test
    void two_consumers_of_one_queue_share_the_work_without_duplicates() {
        String queue = queue("shared");
        int count = 20;
        Map<String, List<String>> idsByConsumer = new ConcurrentHashMap<>();
        CountDownLatch bothBusy = new CountDownLatch(2);
        for (String consumer : List.of("first", "second")) {
            List<String> ids = new CopyOnWriteArrayList<>();
            idsByConsumer.put(consumer, ids);
            messaging.consume(queue, message -> {
                if (ids.isEmpty()) {
                    bothBusy.countDown();
                }
                ids.add(message.as(Payload.class).id());
                bothBusy.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS); // a consumer cannot take everything
            });
        }

        List<String> sentIds = IntStream.range(0, count).mapToObj(Payload::numbered)
                .peek(payload -> messaging.send(queue, payload))
                .map(Payload::id)
                .toList();

        await().atMost(TIMEOUT).until(() -> idsByConsumer.values().stream().mapToInt(List::size).sum() >= count);
        List<String> all = idsByConsumer.values().stream().flatMap(List::stream).toList();
        assertThat(all).hasSize(count).doesNotHaveDuplicates();
        assertThat(Set.copyOf(all)).isEqualTo(Set.copyOf(sentIds));
        assertThat(idsByConsumer.values()).allSatisfy(ids -> assertThat(ids).isNotEmpty());
    }

    @Test
    void is_connected_while_open_and_not_after_close() {
        assertThat(messaging.isConnected()).isTrue();

        messaging.close();

        assertThat(messaging.isConnected()).isFalse();
    }

    @Test
    void close_is_idempotent_and_stops_further_use() {
        Subscription subscription = messaging.consume(queue("closing"), message -> { });
        subscription.close();
        subscription.close();

        messaging.close();
        messaging.close();

        assertThatThrownBy(() -> messaging.send(queue("closing"), Payload.numbered(1)))
                .isInstanceOf(MessagingException.class);
        assertThatThrownBy(() -> messaging.consume(queue("closing"), message -> { }))
                .isInstanceOf(MessagingException.class);
    }

    @Test
    void close_interrupts_a_running_handler_and_waits_for_it() throws InterruptedException {
        String queue = queue("closing-with-handler");
        CountDownLatch holding = new CountDownLatch(1);
        List<String> finished = new CopyOnWriteArrayList<>();
        messaging.consume(queue, message -> {
            holding.countDown();
            try {
                new CountDownLatch(1).await();
            } finally {
                finished.add(message.messageId());
            }
        });
        messaging.send(queue, Payload.numbered(5));
        assertThat(holding.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();

        messaging.close();

        assertThat(finished).hasSize(1);
    }

    @Test
    void a_message_held_when_an_instance_closes_goes_to_another_instance() throws InterruptedException {
        assumeTrue(instancesShareQueues(), "instances of this implementation do not share queues");
        String queue = queue("handed-over");
        CountDownLatch holding = new CountDownLatch(1);
        messaging.consume(queue, message -> {
            holding.countDown();
            new CountDownLatch(1).await();
        });
        messaging.send(queue, Payload.numbered(6));
        assertThat(holding.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS)).isTrue();

        messaging.close();
        Messaging other = open();
        List<ReceivedMessage> received = new CopyOnWriteArrayList<>();
        other.consume(queue, received::add);

        await().atMost(TIMEOUT).until(() -> received.size() == 1);
        assertThat(received.get(0).as(Payload.class).number()).isEqualTo(6);
    }

    @Test
    void instances_talk_to_each_other() {
        assumeTrue(instancesShareQueues(), "instances of this implementation do not share queues");
        String queue = queue("between-instances");
        Messaging other = open();
        List<ReceivedMessage> received = new CopyOnWriteArrayList<>();
        other.consume(queue, received::add);

        messaging.send(queue, Payload.numbered(8));

        await().atMost(TIMEOUT).until(() -> received.size() == 1);
        assertThat(received.get(0).as(Payload.class).number()).isEqualTo(8);
    }
}
