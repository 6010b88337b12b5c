package org.jpulp.common.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(2_000);

    @Test
    void hashNamesAlgorithmAndIterationsAndHidesThePassword() {
        String stored = hasher.hash("s3cret-admin".toCharArray());

        assertThat(stored).matches("pbkdf2-sha256\\$2000\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(stored).doesNotContain("s3cret-admin");
    }

    @Test
    void verifiesOnlyTheRightPassword() {
        String stored = hasher.hash("admin".toCharArray());

        assertThat(hasher.verify("admin".toCharArray(), stored)).isTrue();
        assertThat(hasher.verify("Admin".toCharArray(), stored)).isFalse();
        assertThat(hasher.verify("".toCharArray(), stored)).isFalse();
    }

    @Test
    void saltsEveryHash() {
        assertThat(hasher.hash("admin".toCharArray())).isNotEqualTo(hasher.hash("admin".toCharArray()));
    }

    @Test
    void verifiesHashesMadeWithOtherIterationCountsAndAsksForARehash() {
        String old = new PasswordHasher(1_000).hash("admin".toCharArray());

        assertThat(hasher.verify("admin".toCharArray(), old)).isTrue();
        assertThat(hasher.needsRehash(old)).isTrue();
        assertThat(hasher.needsRehash(hasher.hash("admin".toCharArray()))).isFalse();
    }

    @Test
    void defaultHasherUsesTheDocumentedIterations() {
        assertThat(new PasswordHasher().hash("x".toCharArray()))
                .startsWith("pbkdf2-sha256$" + PasswordHasher.DEFAULT_ITERATIONS + "$");
    }

    @Test
    void foreignOrBrokenStoredValuesNeverMatch() {
        char[] pw = "admin".toCharArray();

        assertThat(hasher.verify(pw, null)).isFalse();
        assertThat(hasher.verify(pw, "admin")).isFalse();
        assertThat(hasher.verify(pw, "c2FsdA==,ZGlnZXN0")).as("Pulp 2 format").isFalse();
        assertThat(hasher.verify(pw, "md5$1000$c2FsdA$ZGlnZXN0")).isFalse();
        assertThat(hasher.verify(pw, "pbkdf2-sha256$many$c2FsdA$ZGlnZXN0")).isFalse();
        assertThat(hasher.verify(pw, "pbkdf2-sha256$1000$!!$ZGlnZXN0")).isFalse();
        assertThat(hasher.verify(pw, "pbkdf2-sha256$2000000000$c2FsdA$ZGlnZXN0")).as("absurd cost").isFalse();
        assertThat(hasher.needsRehash("admin")).isTrue();
    }

    @Test
    void refusesTooFewIterations() {
        assertThatThrownBy(() -> new PasswordHasher(10)).isInstanceOf(IllegalArgumentException.class);
    }
}
