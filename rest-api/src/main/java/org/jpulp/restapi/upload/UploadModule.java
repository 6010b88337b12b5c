package org.jpulp.restapi.upload;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.Multibinder;
import org.jpulp.common.config.ServerConfig;
import org.jpulp.common.content.StorageLayout;
import org.jpulp.common.upload.UploadFiles;
import org.jpulp.restapi.http.Routes;

/** Upload requests ({@code /content/uploads/}) as files under {@code [server] storage_dir}, shared with the workers. */
public final class UploadModule extends AbstractModule {

    @Override
    protected void configure() {
        Multibinder.newSetBinder(binder(), Routes.class).addBinding().to(UploadResource.class);
    }

    @Provides
    @Singleton
    UploadFiles uploadFiles(ServerConfig server) {
        return new UploadFiles(new StorageLayout(server.storageDir()));
    }
}
