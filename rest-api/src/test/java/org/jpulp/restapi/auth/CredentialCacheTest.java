package org.jpulp.restapi.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jpulp.testing.time.MutableClock;
import org.junit.jupiter.api.Test;

class CredentialCacheTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final Principal bob = new Principal("bob", "id", List.of());

    @Test
    void remembers_a_verified_password_until_the_ttl_ends() {
        CredentialCache cache = new CredentialCache(Duration.ofSeconds(30), clock);
        cache.remember("bob", "pw", bob);

        assertThat(cache.principal("bob", "pw")).contains(bob);
        assertThat(cache.verified("bob", "other")).isFalse();
        assertThat(cache.verified("bo", "bpw")).as("login and password are kept apart").isFalse();
        clock.advance(Duration.ofSeconds(30));
        assertThat(cache.verified("bob", "pw")).isFalse();
    }

    @Test
    void forgetting_a_user_drops_every_password_of_it_only() {
        CredentialCache cache = new CredentialCache(Duration.ofSeconds(30), clock);
        cache.remember("bob", "pw", bob);
        cache.remember("bob", "pw2", bob);
        cache.remember("carol", "pw", new Principal("carol", "id2", List.of()));

        cache.forget("bob");

        assertThat(cache.verified("bob", "pw") || cache.verified("bob", "pw2")).isFalse();
        assertThat(cache.verified("carol", "pw")).isTrue();
    }

    @Test
    void a_zero_ttl_disables_the_cache() {
        CredentialCache cache = new CredentialCache(Duration.ZERO, clock);
        cache.remember("bob", "pw", bob);

        assertThat(cache.verified("bob", "pw")).isFalse();
    }
}
