package org.jpulp.plugin.iso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoDatabase;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.jpulp.common.plugin.ConfigCheck;
import org.jpulp.common.plugin.ConfiguredDistributor;
import org.jpulp.common.plugin.PluginConfig;
import org.jpulp.common.plugin.PluginRegistry;
import org.jpulp.common.schema.MigrationRunner;
import org.jpulp.testing.mongo.EmbeddedMongoExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedMongoExtension.class)
class IsoPluginTest {

    private final PluginRegistry registry = PluginRegistry.discover();

    @Test
    void is_discovered_through_the_service_loader() {
        assertThat(registry.unitType("iso")).hasValue(IsoUnits.TYPE);
        assertThat(registry.importer("iso_importer")).get().satisfies(i -> {
            assertThat(i.displayName()).isEqualTo("ISO Importer");
            assertThat(i.supportedTypes()).containsExactly("iso");
        });
        assertThat(registry.distributor("iso_distributor")).get().satisfies(d ->
                assertThat(d.displayName()).isEqualTo("ISO Distributor"));
        assertThat(registry.migrations()).extracting(p -> p.trackerName()).contains(IsoMigrations.TRACKER);
    }

    @Test
    void its_migration_makes_the_unit_key_unique(MongoDatabase db) {
        new MigrationRunner(db).run(IsoMigrations.migrations());
        Document unit = new Document("name", "a.iso").append("checksum", "c").append("size", 1L);
        db.getCollection("units_iso").insertOne(new Document(unit).append("_id", "1"));

        assertThatThrownBy(() -> db.getCollection("units_iso").insertOne(new Document(unit).append("_id", "2")))
                .isInstanceOf(MongoWriteException.class);
        assertThat(new MigrationRunner(db).run(IsoMigrations.migrations())).isEqualTo(1);
    }

    @Test
    void importer_config_is_validated_with_pulp2s_messages() {
        var importer = registry.importer("iso_importer").orElseThrow();

        assertThat(importer.validateConfig("zoo", new PluginConfig(Map.of())).valid()).isTrue();
        assertThat(importer.validateConfig("zoo", new PluginConfig(Map.of("feed", "http://h/", "validate", "True",
                "remove_missing", false, "download_policy", "on_demand", "max_downloads", "3"))).valid()).isTrue();
        ConfigCheck bad = importer.validateConfig("zoo", new PluginConfig(Map.of("remove_missing", "yes",
                "download_policy", "lazy", "max_downloads", -1)));
        assertThat(bad.invalidKeys()).containsExactlyInAnyOrder("remove_missing", "download_policy", "max_downloads");
        assertThat(bad.message()).contains("The configuration parameter <remove_missing> may only be set to a "
                + "boolean value, but is currently set to <yes>.");
    }

    @Test
    void distributor_config_is_validated_including_conflicts_with_other_repositories() {
        var distributor = registry.distributor("iso_distributor").orElseThrow();

        assertThat(distributor.validateConfig("zoo", new PluginConfig(Map.of())).valid()).isTrue();
        assertThat(distributor.validateConfig("zoo", new PluginConfig(Map.of("serve_http", "maybe",
                "ssl_auth_ca_cert", "not a cert"))).invalidKeys()).containsExactlyInAnyOrder("serve_http",
                "ssl_auth_ca_cert");
        List<ConfiguredDistributor> others = List.of(
                new ConfiguredDistributor("farm", "iso_distributor", new PluginConfig(Map.of("relative_url", "a/b"))),
                new ConfiguredDistributor("zoo", "iso_distributor", new PluginConfig(Map.of("relative_url", "x"))),
                new ConfiguredDistributor("x", "iso_distributor", new PluginConfig(Map.of())));
        assertThat(distributor.validateConfig("zoo", new PluginConfig(Map.of("relative_url", "a")), t -> others)
                .message()).isEqualTo("Relative URL [a] for repository [zoo] conflicts with existing relative URL "
                        + "[a/b] for repository [farm]");
        assertThat(distributor.validateConfig("zoo", new PluginConfig(Map.of("relative_url", "x/y")), t -> others)
                .message()).as("repository x publishes at its id").contains("[x] for repository [x]");
        assertThat(distributor.validateConfig("zoo", new PluginConfig(Map.of("relative_url", "a/c")), t -> others)
                .valid()).isTrue();
    }
}
