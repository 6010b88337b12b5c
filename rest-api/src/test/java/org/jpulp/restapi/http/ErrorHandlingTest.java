package org.jpulp.restapi.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.mongodb.client.MongoDatabase;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Flow;
import org.jpulp.common.auth.Operation;
import org.jpulp.restapi.support.ApiClient;
import org.jpulp.restapi.support.ApiResponse;
import org.jpulp.restapi.support.TestServer;
import org.jpulp.testing.mongo.EmbeddedMongoExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Every failure answers in Pulp 2's format through the one mapper; URLs are matched as leniently as Pulp 2's. */
@ExtendWith(EmbeddedMongoExtension.class)
class ErrorHandlingTest {

    private static final String API = "/pulp/api/v2";
    @TempDir
    static Path dir;
    private static TestServer server;
    private ApiClient admin;

    @BeforeAll
    static void start(MongoDatabase db) {
        server = TestServer.start(db, dir, routes -> new ApiRoutes(routes)
                .get("/test/boom/", Operation.READ, "fails", ctx -> {
                    throw new IllegalStateException("secret internals");
                }));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void reset() {
        server.reset();
        admin = server.admin();
    }

    private static void assertPulpBody(ApiResponse r, int status, String method) {
        assertThat(r.status()).as(r.text()).isEqualTo(status);
        assertThat(r.header("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(r.json().path("http_status").asInt()).isEqualTo(status);
        assertThat(r.json().path("http_request_method").asText()).isEqualTo(method);
        assertThat(r.json().has("_href") && r.json().has("error_message") && r.json().has("exception")
                && r.json().has("traceback")).isTrue();
        assertThat(r.json().path("error").path("code").asText()).matches("[A-Z]{3}\\d{4}");
        assertThat(r.json().path("error").has("sub_errors")).isTrue();
    }

    @Test
    void invalid_json_is_400_plp1009_and_a_non_object_is_400_plp1015() {
        ApiResponse invalid = admin.post(API + "/repositories/", "{\"id\": ");
        ApiResponse array = admin.post(API + "/repositories/", "[\"id\"]");
        ApiResponse string = admin.post(API + "/repositories/", "\"zoo\"");

        assertPulpBody(invalid, 400, "POST");
        assertThat(invalid.errorCode()).isEqualTo("PLP1009");
        assertPulpBody(array, 400, "POST");
        assertThat(array.errorCode()).isEqualTo("PLP1015");
        assertThat(string.errorCode()).isEqualTo("PLP1015");
    }

    @Test
    void an_unknown_url_is_404_with_body_null_even_without_credentials() {
        ApiResponse unknown = admin.get(API + "/nonexistent/");
        ApiResponse anonymous = server.client().get(API + "/nonexistent/deeper/");
        ApiResponse outside = server.client().get("/elsewhere");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text()).isEqualTo("null");
        assertThat(anonymous.status()).isEqualTo(404);
        assertThat(anonymous.text()).isEqualTo("null");
        assertThat(outside.status()).isEqualTo(404);
    }

    @Test
    void a_known_url_with_another_method_is_405_with_allow() {
        ApiResponse r = admin.send(admin.request(API + "/status/").method("PATCH",
                HttpRequest.BodyPublishers.noBody()));
        ApiResponse delete = admin.put(API + "/repositories/", "{}");

        assertPulpBody(r, 405, "PATCH");
        assertThat(r.header("Allow")).hasValueSatisfying(v -> assertThat(v).contains("GET"));
        assertThat(delete.status()).isEqualTo(405);
    }

    @Test
    void trailing_and_doubled_slashes_are_tolerated() {
        admin.post(API + "/repositories", "{\"id\": \"zoo\"}");

        assertThat(admin.get(API + "/repositories/zoo").status()).isEqualTo(200);
        assertThat(admin.get(API + "//repositories//zoo//").status()).isEqualTo(200);
        assertThat(admin.get(API + "/repositories/zoo//importers/").status()).isEqualTo(200);
    }

    @Test
    void a_body_over_5_mib_is_413_in_pulp_format() {
        byte[] big = ("{\"id\": \"" + "x".repeat(6 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);

        // Expect: 100-continue lets the server refuse before the body is sent, as real clients of large uploads do;
        // otherwise the client may still be writing when the server answers and closes, and sees no response
        ApiResponse sized = admin.send(admin.request(API + "/repositories/").expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofByteArray(big)));
        ApiResponse chunked = admin.send(admin.request(API + "/repositories/").expectContinue(true)
                .POST(chunkedBody(big)));

        assertPulpBody(sized, 413, "POST");
        assertThat(chunked.status()).isIn(413, 400);
        assertThat(admin.get(API + "/repositories/").json()).isEmpty();
    }

    private static HttpRequest.BodyPublisher chunkedBody(byte[] bytes) {
        return HttpRequest.BodyPublishers.fromPublisher(subscriber -> {
            Iterator<byte[]> chunks = List.of(java.util.Arrays.copyOfRange(bytes, 0, bytes.length / 2),
                    java.util.Arrays.copyOfRange(bytes, bytes.length / 2, bytes.length)).iterator();
            subscriber.onSubscribe(new Flow.Subscription() {
                @Override
                public void request(long n) {
                    for (long i = 0; i < n && chunks.hasNext(); i++) {
                        subscriber.onNext(java.nio.ByteBuffer.wrap(chunks.next()));
                    }
                    if (!chunks.hasNext()) {
                        subscriber.onComplete();
                    }
                }

                @Override
                public void cancel() {
                }
            });
        });
    }

    @Test
    void an_unexpected_failure_is_500_with_an_error_id_that_is_in_the_log_and_no_stack_trace() {
        Logger logger = (Logger) LoggerFactory.getLogger(ErrorMapper.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        logger.addAppender(log);
        try {
            ApiResponse r = admin.get(API + "/test/boom/");

            assertPulpBody(r, 500, "GET");
            String errorId = r.json().path("error").path("data").path("error_id").asText();
            assertThat(errorId).matches("[0-9a-f-]{36}");
            assertThat(r.json().path("error_message").asText()).contains(errorId);
            assertThat(r.json().path("exception").isNull() && r.json().path("traceback").isNull()).isTrue();
            assertThat(r.text()).doesNotContain("secret internals").doesNotContain("IllegalStateException")
                    .doesNotContain("at org.");
            assertThat(log.list).anySatisfy(e -> {
                assertThat(e.getFormattedMessage()).contains(errorId);
                assertThat(e.getThrowableProxy().getMessage()).isEqualTo("secret internals");
            });
        } finally {
            logger.detachAppender(log);
        }
    }

    @Test
    void errors_jetty_answers_itself_are_in_pulp_format_too() throws Exception {
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.instance(RestServer.class).port() + API + "/repositories/%00/"))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("json"));
        assertThat(r.body()).contains("\"http_status\":400").doesNotContain("<html");
    }
}
