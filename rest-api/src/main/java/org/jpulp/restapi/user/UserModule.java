package org.jpulp.restapi.user;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.Multibinder;
import org.jpulp.restapi.http.Routes;

/** Users, roles and permissions. */
public final class UserModule extends AbstractModule {

    @Override
    protected void configure() {
        Multibinder<Routes> routes = Multibinder.newSetBinder(binder(), Routes.class);
        routes.addBinding().to(UserResource.class);
        routes.addBinding().to(RoleResource.class);
        routes.addBinding().to(PermissionResource.class);
    }
}
