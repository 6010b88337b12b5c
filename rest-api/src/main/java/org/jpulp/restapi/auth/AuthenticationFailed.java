package org.jpulp.restapi.auth;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jpulp.common.auth.Operation;
import org.jpulp.common.error.PulpException;

/**
 * Pulp 2's 401s: the code, and {@code auth_error_code} at the top level of the body, which pulp-admin reads.
 * Permission denied is a 401 too in Pulp 2 (PLP0026), not a 403.
 */
public final class AuthenticationFailed extends PulpException {

    private final String authErrorCode;

    private AuthenticationFailed(String code, String authErrorCode, String message, Map<String, ?> data) {
        super(401, code, message, data, List.of());
        this.authErrorCode = authErrorCode;
    }

    public static AuthenticationFailed noCredentials() {
        return new AuthenticationFailed("PLP0025", "authentication_failed", "Authentication failed.", Map.of());
    }

    public static AuthenticationFailed badPassword(String user) {
        return new AuthenticationFailed("PLP0030", "invalid_username_or_password", "Authentication with username "
                + user + " failed: invalid username or password", Map.of("user", user));
    }

    public static AuthenticationFailed invalidCertificate() {
        return new AuthenticationFailed("PLP0027", "invalid_ssl_certificate", "Invalid SSL Certificate.", Map.of());
    }

    public static AuthenticationFailed permissionDenied(String user, Operation op) {
        return new AuthenticationFailed("PLP0026", "permission_denied", "Permission denied: user " + user
                + " cannot perform " + op.name() + ".", Map.of("user", user, "operation", op.name()));
    }

    public String authErrorCode() {
        return authErrorCode;
    }

    @Override
    public Map<String, Object> topLevelData() {
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("auth_error_code", authErrorCode);
        return top;
    }
}
