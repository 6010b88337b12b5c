package org.jpulp.restapi.auth;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jpulp.common.auth.Operation;
import org.jpulp.common.config.SecurityConfig;
import org.jpulp.restapi.auth.pki.CertificateAuthority;
import org.jpulp.restapi.http.ApiRoutes;
import org.jpulp.restapi.http.Routes;

/**
 * {@code POST /actions/login/}: a new RSA key and a certificate for it signed by jpulp's CA, common name
 * {@code admin:<login>:<user id>}, valid {@code [security] user_cert_expiration} days. pulp-admin stores both in
 * {@code ~/.pulp/user-cert.pem} and from then on authenticates with it over HTTPS.
 */
public final class LoginResource implements Routes {

    private final CertificateAuthority ca;
    private final SecurityConfig security;

    @Inject
    public LoginResource(CertificateAuthority ca, SecurityConfig security) {
        this.ca = ca;
        this.security = security;
    }

    @Override
    public void register(RoutesConfig routes) {
        new ApiRoutes(routes).post("/actions/login/", Operation.READ,
                "Issue a client certificate and key for the caller", this::login, 200, 401);
    }

    private void login(Context ctx) {
        Principal who = Principal.of(ctx);
        CertificateAuthority.Issued issued = ca.issueClient("admin:" + who.login() + ":" + who.userId(),
                Duration.ofDays(security.userCertExpirationDays()));
        Map<String, String> body = new LinkedHashMap<>();
        body.put("key", issued.keyPem());
        body.put("certificate", issued.certificatePem());
        ctx.json(body);
    }
}
