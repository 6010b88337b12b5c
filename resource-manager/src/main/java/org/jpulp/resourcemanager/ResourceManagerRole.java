package org.jpulp.resourcemanager;

import com.google.inject.Module;
import java.util.List;
import org.jpulp.common.cli.Role;
import org.jpulp.common.config.JpulpConfig;
import org.jpulp.common.liveness.LivenessModule;
import org.jpulp.resourcemanager.placement.PlacementModule;

final class ResourceManagerRole implements Role {

    @Override
    public String executable() {
        return "jpulp-resource-manager";
    }

    @Override
    public String summary() {
        return "Assigns each reserved task to a worker so that at most one task per resource runs at a time.";
    }

    @Override
    public String processName(String host) {
        return "resource_manager@" + host;
    }

    @Override
    public List<Module> modules(JpulpConfig config) {
        return List.of(new LivenessModule(), new PlacementModule());
    }
}
