package org.jpulp.restapi.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Basic credentials verified recently, with the user they identified, so neither PBKDF2 (tens of milliseconds by
 * design) nor the user lookup runs on every request: once per client and TTL. Entries are keyed by SHA-256 of
 * login and password, so neither is held in memory, and only successful checks are remembered. Changing a user's
 * password or roles, or deleting it, forgets its entries here at once; other REST processes notice within the TTL.
 */
public final class CredentialCache {

    private static final int MAX_ENTRIES = 10_000;

    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public CredentialCache(Duration ttl, Clock clock) {
        this.ttl = ttl;
        this.clock = clock;
    }

    /** Whether this login and password were verified within the TTL. */
    public boolean verified(String login, String password) {
        return principal(login, password).isPresent();
    }

    /** The user this login and password identified within the TTL. */
    public Optional<Principal> principal(String login, String password) {
        if (ttl.isZero()) {
            return Optional.empty();
        }
        Entry e = entries.get(key(login, password));
        return e != null && e.expires().isAfter(clock.instant()) ? Optional.of(e.principal()) : Optional.empty();
    }

    public void remember(String login, String password, Principal principal) {
        if (ttl.isZero()) {
            return;
        }
        Instant now = clock.instant();
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(e -> !e.expires().isAfter(now));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(key(login, password), new Entry(login, principal, now.plus(ttl)));
    }

    /** Drops every entry of {@code login} (password changed, user deleted). */
    public void forget(String login) {
        entries.values().removeIf(e -> e.login().equals(login));
    }

    /** Forgets everything (e.g. after the users were replaced wholesale). */
    public void clear() {
        entries.clear();
    }

    private static String key(String login, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(login.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private record Entry(String login, Principal principal, Instant expires) {
    }
}
