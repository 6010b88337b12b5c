package org.jpulp.restapi.auth;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Optional;
import org.jpulp.common.auth.PasswordHasher;
import org.jpulp.restapi.auth.pki.CertificateAuthority;
import org.jpulp.restapi.user.User;
import org.jpulp.restapi.user.UserStore;

/**
 * Finds who sends a request, in Pulp 2's order: HTTP Basic credentials (wrong ones fail at once, 401 PLP0030,
 * without falling through), then a client certificate signed by jpulp's CA with common name
 * {@code admin:<login>:<user id>} (any other certificate: 401 PLP0027), else 401 PLP0025. Verified Basic
 * credentials are remembered in the {@link CredentialCache}; a password stored with fewer hash iterations than
 * the current default is re-hashed at its next successful check.
 */
public final class Authenticator {

    static final String CERT_ATTRIBUTE = "jakarta.servlet.request.X509Certificate";
    private static final String DUMMY_HASH = new PasswordHasher(1_000).hash("not a password".toCharArray());

    private final UserStore users;
    private final PasswordHasher hasher;
    private final CredentialCache cache;
    private final CertificateAuthority ca;

    @Inject
    public Authenticator(UserStore users, PasswordHasher hasher, CredentialCache cache, CertificateAuthority ca) {
        this.users = users;
        this.hasher = hasher;
        this.cache = cache;
        this.ca = ca;
    }

    public Principal authenticate(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(authorization.substring(6).strip());
        }
        X509Certificate[] chain = ctx.req().getAttribute(CERT_ATTRIBUTE) instanceof X509Certificate[] c ? c : null;
        if (chain != null && chain.length > 0) {
            return certificate(chain[0]);
        }
        throw AuthenticationFailed.noCredentials();
    }

    private Principal basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw AuthenticationFailed.badPassword("");
        }
        int colon = decoded.indexOf(':');
        String login = colon < 0 ? decoded : decoded.substring(0, colon);
        String password = colon < 0 ? "" : decoded.substring(colon + 1);
        Optional<Principal> cached = cache.principal(login, password);
        if (cached.isPresent()) {
            return cached.get();
        }
        Optional<User> user = users.find(login);
        String hash = user.map(User::passwordHash).orElse(null);
        boolean ok = hasher.verify(password.toCharArray(), hash == null ? DUMMY_HASH : hash) && hash != null;
        if (!ok) {
            throw AuthenticationFailed.badPassword(login);
        }
        if (hasher.needsRehash(hash)) {
            users.update(login, null, hasher.hash(password.toCharArray()), null);
        }
        Principal principal = principal(user.get());
        cache.remember(login, password, principal);
        return principal;
    }

    private Principal certificate(X509Certificate cert) {
        if (!ca.issued(cert)) {
            throw AuthenticationFailed.invalidCertificate();
        }
        String cn = commonName(cert);
        String[] parts = cn == null ? new String[0] : cn.split(":", 3);
        if (parts.length != 3 || !parts[0].equals("admin")) {
            throw AuthenticationFailed.invalidCertificate();
        }
        User user = users.find(parts[1]).filter(u -> u.objectId().equals(parts[2]))
                .orElseThrow(AuthenticationFailed::invalidCertificate);
        return principal(user);
    }

    private static String commonName(X509Certificate cert) {
        try {
            javax.naming.ldap.LdapName dn = new javax.naming.ldap.LdapName(cert.getSubjectX500Principal().getName());
            return dn.getRdns().stream().filter(r -> r.getType().equalsIgnoreCase("CN"))
                    .map(r -> String.valueOf(r.getValue())).findFirst().orElse(null);
        } catch (javax.naming.InvalidNameException e) {
            return null;
        }
    }

    private static Principal principal(User user) {
        return new Principal(user.login(), user.objectId(), user.roles());
    }
}
