package org.jpulp.restapi.auth;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import java.time.Clock;
import org.jpulp.common.auth.PasswordHasher;
import org.jpulp.common.config.SecurityConfig;
import org.jpulp.restapi.auth.pki.CertificateAuthority;
import org.jpulp.restapi.auth.pki.ServerTls;
import org.jpulp.restapi.http.HttpsContext;
import org.jpulp.restapi.http.RequestGuard;
import org.jpulp.restapi.http.Routes;

/** Authentication (Basic, client certificates), authorization, the CA, HTTPS and {@code actions/login/}. */
public final class AuthModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(RequestGuard.class).to(AuthGuard.class);
        bind(HttpsContext.class).to(ServerTls.class);
        Multibinder.newSetBinder(binder(), Routes.class).addBinding().to(LoginResource.class);
    }

    @Provides
    @Singleton
    PasswordHasher passwordHasher() {
        return new PasswordHasher();
    }

    @Provides
    @Singleton
    CredentialCache credentialCache(SecurityConfig security, Clock clock) {
        return new CredentialCache(security.authCacheTtl(), clock);
    }

    @Provides
    @Singleton
    CertificateAuthority certificateAuthority(SecurityConfig security, Clock clock) {
        return CertificateAuthority.loadOrCreate(security.caCert(), security.caKey(), clock);
    }
}
