package org.jpulp.restapi.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.jpulp.restapi.auth.pki.CertificateAuthority;
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

/**
 * Authentication (Basic, certificates from {@code actions/login/} over HTTPS) and authorization on resource paths
 * and their ancestors, with Pulp 2's 401 bodies.
 */
@ExtendWith(EmbeddedMongoExtension.class)
class AuthApiTest {

    private static final String API = "/pulp/api/v2";
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
    void reset() {
        server.reset();
        admin = server.admin();
        admin.post(API + "/repositories/", "{\"id\": \"zoo\"}");
        admin.post(API + "/repositories/", "{\"id\": \"cage\"}");
        admin.post(API + "/users/", "{\"login\": \"bob\", \"password\": \"pw\"}");
    }

    private void grant(String login, String resource, String... ops) {
        ApiResponse r = admin.post(API + "/permissions/actions/grant_to_user/", "{\"login\": \"" + login
                + "\", \"resource\": \"" + resource + "\", \"operations\": [\"" + String.join("\", \"", ops) + "\"]}");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
    }

    @Test
    void status_and_openapi_need_no_credentials_everything_else_does() {
        ApiClient anonymous = server.client();

        assertThat(anonymous.get(API + "/status/").status()).isEqualTo(200);
        assertThat(anonymous.get(API + "/openapi.json").status()).isEqualTo(200);
        ApiResponse denied = anonymous.get(API + "/repositories/");
        assertThat(denied.status()).isEqualTo(401);
        assertThat(denied.errorCode()).isEqualTo("PLP0025");
        assertThat(denied.json().path("auth_error_code").asText()).isEqualTo("authentication_failed");
        assertThat(denied.json().path("http_status").asInt()).isEqualTo(401);
        for (String path : new String[] {"/repositories/zoo/", "/users/", "/roles/", "/permissions/",
            "/repositories/zoo/importers/", "/repositories/zoo/history/sync/"}) {
            assertThat(anonymous.get(API + path).status()).as(path).isEqualTo(401);
        }
        assertThat(anonymous.post(API + "/actions/login/", null).status()).isEqualTo(401);
        assertThat(anonymous.delete(API + "/repositories/zoo/").status()).isEqualTo(401);
        assertThat(server.tasks().dispatched()).isEmpty();
    }

    @Test
    void wrong_basic_credentials_are_401_invalid_username_or_password() {
        ApiResponse wrongPassword = server.client().as("bob", "nope").get(API + "/repositories/");
        ApiResponse unknownUser = server.client().as("mallory", "pw").get(API + "/repositories/");
        ApiResponse garbage = server.client().withAuthorization("GET", API + "/repositories/", "Basic %%%");
        ApiResponse noColon = server.client().withAuthorization("GET", API + "/repositories/",
                "Basic " + Base64.getEncoder().encodeToString("bob".getBytes()));

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.errorCode()).isEqualTo("PLP0030");
        assertThat(wrongPassword.json().path("auth_error_code").asText()).isEqualTo("invalid_username_or_password");
        assertThat(wrongPassword.json().path("error").path("data").path("user").asText()).isEqualTo("bob");
        assertThat(wrongPassword.json().path("error_message").asText())
                .isEqualTo("Authentication with username bob failed: invalid username or password");
        assertThat(unknownUser.errorCode()).isEqualTo("PLP0030");
        assertThat(garbage.status()).isEqualTo(401);
        assertThat(noColon.status()).isEqualTo(401);
    }

    @Test
    void a_user_without_permission_gets_401_permission_denied() {
        ApiResponse denied = server.client().as("bob", "pw").get(API + "/repositories/zoo/");

        assertThat(denied.status()).isEqualTo(401);
        assertThat(denied.errorCode()).isEqualTo("PLP0026");
        assertThat(denied.json().path("auth_error_code").asText()).isEqualTo("permission_denied");
        assertThat(denied.json().path("error_message").asText()).isEqualTo("Permission denied: user bob cannot "
                + "perform READ.");
    }

    @Test
    void a_permission_on_a_path_covers_it_and_its_descendants_for_that_operation_only() {
        grant("bob", "/v2/repositories/zoo/", "READ");
        ApiClient bob = server.client().as("bob", "pw");

        assertThat(bob.get(API + "/repositories/zoo/").status()).isEqualTo(200);
        assertThat(bob.get(API + "/repositories/zoo/importers/").status()).isEqualTo(200);
        assertThat(bob.get(API + "/repositories/zoo/history/sync/").status()).isEqualTo(200);
        assertThat(bob.get(API + "/repositories/cage/").status()).isEqualTo(401);
        assertThat(bob.get(API + "/repositories/").status()).isEqualTo(401);
        assertThat(bob.delete(API + "/repositories/zoo/").status()).isEqualTo(401);
        assertThat(bob.post(API + "/repositories/zoo/actions/sync/", "{}").json().path("error_message").asText())
                .contains("EXECUTE");
        assertThat(server.tasks().dispatched()).isEmpty();
    }

    @Test
    void a_permission_on_an_ancestor_covers_every_repository() {
        grant("bob", "/v2/repositories/", "READ", "EXECUTE");
        ApiClient bob = server.client().as("bob", "pw");

        assertThat(bob.get(API + "/repositories/").status()).isEqualTo(200);
        assertThat(bob.get(API + "/repositories/cage/").status()).isEqualTo(200);
        assertThat(bob.post(API + "/repositories/cage/actions/sync/", "{}").status()).isEqualTo(202);
        assertThat(bob.post(API + "/repositories/", "{\"id\": \"new\"}").status()).isEqualTo(401);
        assertThat(bob.get(API + "/users/").status()).isEqualTo(401);
    }

    @Test
    void a_role_grants_its_members_and_super_users_may_do_anything() {
        admin.post(API + "/roles/", "{\"role_id\": \"readers\"}");
        admin.post(API + "/permissions/actions/grant_to_role/", "{\"role_id\": \"readers\", \"resource\": \"/v2/\", "
                + "\"operations\": [\"READ\"]}");
        ApiClient bob = server.client().as("bob", "pw");
        assertThat(bob.get(API + "/repositories/").status()).isEqualTo(401);

        admin.post(API + "/roles/readers/users/", "{\"login\": \"bob\"}");
        assertThat(bob.get(API + "/repositories/").status()).isEqualTo(200);
        assertThat(bob.get(API + "/users/").status()).isEqualTo(200);
        assertThat(bob.post(API + "/repositories/", "{\"id\": \"x\"}").status()).isEqualTo(401);

        admin.post(API + "/roles/super-users/users/", "{\"login\": \"bob\"}");
        assertThat(bob.post(API + "/repositories/", "{\"id\": \"x\"}").status()).isEqualTo(201);
        assertThat(bob.delete(API + "/users/admin/").status()).isEqualTo(200);
    }

    @Test
    void a_new_user_may_read_and_update_itself_and_log_in_and_its_creator_owns_it() {
        ApiClient bob = server.client().as("bob", "pw");

        assertThat(bob.get(API + "/users/bob/").status()).isEqualTo(200);
        assertThat(bob.put(API + "/users/bob/", "{\"delta\": {\"name\": \"Bobby\"}}").status()).isEqualTo(200);
        assertThat(bob.delete(API + "/users/bob/").status()).isEqualTo(401);
        assertThat(bob.get(API + "/users/admin/").status()).isEqualTo(401);
        assertThat(bob.post(API + "/actions/login/", null).status()).isEqualTo(200);
        assertThat(admin.get(API + "/permissions/?resource=/v2/users/bob/").json().get(0).path("users")
                .path("admin")).hasSize(5);
    }

    @Test
    void login_certificate_authenticates_over_https() {
        ApiResponse login = admin.post(API + "/actions/login/", null);
        assertThat(login.status()).as(login.text()).isEqualTo(200);
        String key = login.json().path("key").asText();
        String cert = login.json().path("certificate").asText();
        assertThat(key).startsWith("-----BEGIN RSA PRIVATE KEY-----");
        assertThat(cert).startsWith("-----BEGIN CERTIFICATE-----");

        ApiClient withCert = server.https(key, cert);
        ApiResponse repos = withCert.get(API + "/repositories/");

        assertThat(repos.status()).as(repos.text()).isEqualTo(200);
        assertThat(repos.json()).hasSize(2);
        assertThat(server.https(null, null).get(API + "/repositories/").status()).isEqualTo(401);
        assertThat(server.https(null, null).get(API + "/status/").status()).isEqualTo(200);
    }

    @Test
    void certificates_of_another_ca_or_of_a_deleted_user_are_401_invalid_ssl_certificate() throws Exception {
        CertificateAuthority foreign = CertificateAuthority.loadOrCreate(dir.resolve("other/ca.crt"),
                dir.resolve("other/ca.key"), java.time.Clock.systemUTC());
        String userId = admin.get(API + "/users/bob/").json().path("id").asText();
        CertificateAuthority.Issued forged = foreign.issueClient("admin:bob:" + userId, Duration.ofDays(1));
        ApiResponse bobLogin = server.client().as("bob", "pw").post(API + "/actions/login/", null);
        String key = bobLogin.json().path("key").asText();
        String cert = bobLogin.json().path("certificate").asText();

        ApiResponse foreignCert = server.https(forged.keyPem(), forged.certificatePem()).get(API + "/users/bob/");
        assertThat(foreignCert.status()).isEqualTo(401);
        assertThat(foreignCert.errorCode()).isEqualTo("PLP0027");
        assertThat(foreignCert.json().path("auth_error_code").asText()).isEqualTo("invalid_ssl_certificate");
        assertThat(server.https(key, cert).get(API + "/users/bob/").status()).isEqualTo(200);

        admin.delete(API + "/users/bob/");
        assertThat(server.https(key, cert).get(API + "/users/bob/").errorCode()).isEqualTo("PLP0027");
    }

    @Test
    void expired_login_certificates_are_refused() {
        ApiResponse login = admin.post(API + "/actions/login/", null);
        String key = login.json().path("key").asText();
        String cert = login.json().path("certificate").asText();
        server.clock().set(Instant.parse("2026-05-01T10:00:00Z").plus(Duration.ofDays(8)));
        try {
            assertThat(server.https(key, cert).get(API + "/repositories/").errorCode()).isEqualTo("PLP0027");
        } finally {
            server.clock().set(Instant.parse("2026-05-01T10:00:00Z"));
        }
    }

    @Test
    void a_password_hashed_with_fewer_iterations_is_rehashed_at_the_next_login() {
        server.db().getCollection("users").updateOne(com.mongodb.client.model.Filters.eq("login", "bob"),
                com.mongodb.client.model.Updates.set("password",
                        new org.jpulp.common.auth.PasswordHasher(1_000).hash("pw".toCharArray())));

        assertThat(server.client().as("bob", "pw").get(API + "/users/bob/").status()).isEqualTo(200);

        String stored = server.db().getCollection("users").find(com.mongodb.client.model.Filters.eq("login", "bob"))
                .first().getString("password");
        assertThat(stored).startsWith("pbkdf2-sha256$2000$");
    }

    @Test
    void basic_credentials_are_cached_but_a_password_change_takes_effect_at_once() {
        ApiClient bob = server.client().as("bob", "pw");
        grant("bob", "/v2/repositories/", "READ");
        assertThat(bob.get(API + "/repositories/").status()).isEqualTo(200);
        CredentialCache cache = server.instance(CredentialCache.class);
        assertThat(cache.verified("bob", "pw")).isTrue();
        assertThat(cache.verified("bob", "wrong")).isFalse();

        admin.put(API + "/users/bob/", "{\"delta\": {\"password\": \"pw2\"}}");

        assertThat(cache.verified("bob", "pw")).isFalse();
        assertThat(bob.get(API + "/repositories/").status()).isEqualTo(401);
        assertThat(server.client().as("bob", "pw2").get(API + "/repositories/").status()).isEqualTo(200);
    }
}
