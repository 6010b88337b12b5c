package org.jpulp.restapi.auth;

import io.javalin.http.Context;
import jakarta.inject.Inject;
import org.jpulp.restapi.http.RequestGuard;
import org.jpulp.restapi.http.RouteDoc;

/** Authenticates every non-public request and checks its endpoint's operation on its resource path. */
public final class AuthGuard implements RequestGuard {

    private final Authenticator authenticator;
    private final Authorizer authorizer;

    @Inject
    public AuthGuard(Authenticator authenticator, Authorizer authorizer) {
        this.authenticator = authenticator;
        this.authorizer = authorizer;
    }

    @Override
    public void check(Context ctx, String resource, RouteDoc doc) {
        Principal who = authenticator.authenticate(ctx);
        who.attachTo(ctx);
        authorizer.check(who, resource, doc.operation());
    }
}
