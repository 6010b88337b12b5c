package org.jpulp.restapi;

import com.google.inject.Module;
import java.util.List;
import org.jpulp.common.cli.Role;
import org.jpulp.common.config.JpulpConfig;
import org.jpulp.restapi.auth.AuthModule;
import org.jpulp.restapi.content.ContentModule;
import org.jpulp.restapi.http.HttpModule;
import org.jpulp.restapi.repository.RepositoryModule;
import org.jpulp.restapi.status.StatusModule;
import org.jpulp.restapi.task.TaskModule;
import org.jpulp.restapi.unit.UnitModule;
import org.jpulp.restapi.upload.UploadModule;
import org.jpulp.restapi.user.UserModule;

/** The REST API role: its process name and its Guice modules. */
public final class RestApiRole implements Role {

    @Override
    public String executable() {
        return "jpulp-rest-api";
    }

    @Override
    public String summary() {
        return "Serves the Pulp 2 compatible REST API under /pulp/api/v2/.";
    }

    @Override
    public String processName(String host) {
        return "rest_api@" + host;
    }

    @Override
    public List<Module> modules(JpulpConfig config) {
        return List.of(new HttpModule(), new StatusModule(), new AuthModule(), new UserModule(),
                new RepositoryModule(), new TaskModule(), new ContentModule(),
                new UploadModule(), new UnitModule());
    }
}
