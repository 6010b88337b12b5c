package org.jpulp.restapi.upload;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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

/** {@code /content/uploads/}: upload requests, chunks at offsets written to the shared storage, deletion. */
@ExtendWith(EmbeddedMongoExtension.class)
class UploadApiTest {

    private static final String UPLOADS = "/pulp/api/v2/content/uploads/";
    @TempDir
    static Path dir;
    private static TestServer server;
    private ApiClient admin;

    @BeforeAll
    static void start(MongoDatabase db) {
        server = TestServer.start(db, dir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void reset() throws Exception {
        server.reset();
        try (var files = Files.list(Files.createDirectories(dir.resolve("uploads")))) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        admin = server.admin();
    }

    @Test
    void create_answers_201_with_the_upload_id_and_its_href_as_location() {
        ApiResponse created = admin.post(UPLOADS, null);

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.json().path("upload_id").asText();
        assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(created.json().path("_href").asText()).isEqualTo(UPLOADS + id + "/");
        assertThat(created.header("Location")).contains(UPLOADS + id + "/");
        assertThat(Files.isRegularFile(dir.resolve("uploads").resolve(id))).isTrue();
        ApiResponse list = admin.get(UPLOADS);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().path("upload_ids")).hasSize(1);
        assertThat(list.json().path("upload_ids").get(0).asText()).isEqualTo(id);
    }

    @Test
    void chunks_are_written_at_their_offsets_in_any_order_and_may_be_sent_again() throws Exception {
        String id = admin.post(UPLOADS, "{}").json().path("upload_id").asText();

        ApiResponse second = put(id, 5, "world");
        ApiResponse first = put(id, 0, "hello");
        ApiResponse again = put(id, 0, "hello");

        assertThat(second.status()).as(second.text()).isEqualTo(200);
        assertThat(second.text()).isEqualTo("null");
        assertThat(first.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(Files.readString(dir.resolve("uploads").resolve(id))).isEqualTo("helloworld");
    }

    @Test
    void a_chunk_larger_than_the_json_body_limit_is_streamed_to_disk() throws Exception {
        String id = admin.post(UPLOADS, null).json().path("upload_id").asText();
        byte[] big = new byte[5 * 1024 * 1024 + 512 * 1024];
        Arrays.fill(big, (byte) 'x');
        big[big.length - 1] = 'y';

        ApiResponse put = admin.send("PUT", UPLOADS + id + "/0/", big);

        assertThat(put.status()).as(put.text()).isEqualTo(200);
        assertThat(Files.readAllBytes(dir.resolve("uploads").resolve(id))).isEqualTo(big);
    }

    @Test
    void a_chunk_over_the_configured_limit_is_413() throws Exception {
        String id = admin.post(UPLOADS, null).json().path("upload_id").asText();

        ApiResponse tooLarge = admin.send("PUT", UPLOADS + id + "/0/", new byte[6 * 1024 * 1024 + 1]);

        assertThat(tooLarge.status()).as(tooLarge.text()).isEqualTo(413);
        assertThat(tooLarge.json().path("http_status").asInt()).isEqualTo(413);
        assertThat(Files.size(dir.resolve("uploads").resolve(id))).isZero();
        assertThat(put(id, 0, "fits").status()).isEqualTo(200);
    }

    @Test
    void an_unknown_or_malformed_id_is_404_naming_the_upload_request() {
        ApiResponse unknown = put("3f1c2d4e-0000-4000-8000-000000000000", 0, "data");
        ApiResponse climbing = put("..%2F..%2Fetc", 0, "data");
        ApiResponse deleteUnknown = admin.delete(UPLOADS + "nope/");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("resources").path("upload_request").asText())
                .isEqualTo("3f1c2d4e-0000-4000-8000-000000000000");
        assertThat(climbing.status()).isEqualTo(404);
        assertThat(deleteUnknown.status()).isEqualTo(404);
        assertThat(deleteUnknown.errorCode()).isEqualTo("PLP0009");
        assertThat(dir.resolve("etc")).doesNotExist();
    }

    @Test
    void an_offset_that_is_not_a_non_negative_integer_is_400() {
        String id = admin.post(UPLOADS, null).json().path("upload_id").asText();

        ApiResponse word = put(id, "abc", "data");
        ApiResponse negative = put(id, "-1", "data");

        assertThat(word.status()).isEqualTo(400);
        assertThat(word.json().path("property_names").get(0).asText()).isEqualTo("offset");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(admin.get(UPLOADS).status()).as("the connection stays usable").isEqualTo(200);
    }

    @Test
    void delete_removes_the_upload() {
        String id = admin.post(UPLOADS, null).json().path("upload_id").asText();

        ApiResponse deleted = admin.delete(UPLOADS + id + "/");

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.text()).isEqualTo("null");
        assertThat(dir.resolve("uploads").resolve(id)).doesNotExist();
        assertThat(admin.get(UPLOADS).json().path("upload_ids")).isEmpty();
        assertThat(admin.delete(UPLOADS + id + "/").status()).isEqualTo(404);
    }

    @Test
    void every_endpoint_needs_credentials_and_the_permission() {
        String id = admin.post(UPLOADS, null).json().path("upload_id").asText();
        admin.post("/pulp/api/v2/users/", "{\"login\": \"bob\", \"password\": \"pw\"}");
        ApiClient anonymous = server.client();
        ApiClient bob = server.client().as("bob", "pw");

        assertThat(anonymous.get(UPLOADS).status()).isEqualTo(401);
        assertThat(anonymous.post(UPLOADS, null).status()).isEqualTo(401);
        assertThat(anonymous.send("PUT", UPLOADS + id + "/0/", "secret".getBytes(StandardCharsets.UTF_8))
                .status()).isEqualTo(401);
        assertThat(anonymous.delete(UPLOADS + id + "/").status()).isEqualTo(401);
        ApiResponse denied = bob.send("PUT", UPLOADS + id + "/0/", "secret".getBytes(StandardCharsets.UTF_8));
        assertThat(denied.status()).isEqualTo(401);
        assertThat(denied.json().path("auth_error_code").asText()).isEqualTo("permission_denied");
        assertThat(bob.post(UPLOADS, null).status()).isEqualTo(401);
        assertThat(dir.resolve("uploads").resolve(id)).isEmptyFile();
    }

    private ApiResponse put(String id, long offset, String data) {
        return put(id, String.valueOf(offset), data);
    }

    private ApiResponse put(String id, String offset, String data) {
        return admin.send("PUT", UPLOADS + id + "/" + offset + "/", data.getBytes(StandardCharsets.UTF_8));
    }
}
