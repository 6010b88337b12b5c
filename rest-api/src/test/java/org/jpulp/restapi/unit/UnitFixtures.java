package org.jpulp.restapi.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jpulp.common.content.NewUnit;
import org.jpulp.common.content.Unit;
import org.jpulp.common.content.UnitKey;
import org.jpulp.common.content.mongo.MongoRepoContentUnits;
import org.jpulp.common.content.mongo.MongoUnitStore;
import org.jpulp.common.plugin.PluginRegistry;
import org.jpulp.plugin.iso.IsoPlugin;
import org.jpulp.restapi.support.FakePlugins;
import org.jpulp.restapi.support.TestServer;

/** The fake plugins plus the ISO plugin, and ISO units written through the stores a worker uses. */
final class UnitFixtures {

    private final TestServer server;

    UnitFixtures(TestServer server) {
        this.server = server;
    }

    static PluginRegistry plugins() {
        List<org.jpulp.common.plugin.ContentPlugin> plugins = new ArrayList<>(FakePlugins.registry().plugins());
        plugins.add(new IsoPlugin());
        return new PluginRegistry(plugins);
    }

    /** An ISO unit (no file), e.g. {@code iso("a.iso", 10)}, with a checksum made from its name. */
    Unit iso(String name, long size) {
        String checksum = String.format("%064x", Math.abs((long) name.hashCode()));
        return units().insertIfAbsent(new NewUnit(UnitKey.of("iso", Map.of("name", name, "checksum", checksum,
                "size", size)), Map.of(), "/nowhere/" + name));
    }

    UnitFixtures associate(String repoId, Unit... units) {
        MongoRepoContentUnits associations = new MongoRepoContentUnits(server.db(), server.clock());
        for (Unit u : units) {
            associations.associate(repoId, u.typeId(), u.id());
        }
        return this;
    }

    private MongoUnitStore units() {
        return new MongoUnitStore(server.db(), plugins().unitTypes(), server.clock());
    }
}
