package org.jpulp.common.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoClientSettings;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.UuidRepresentation;
import org.jpulp.common.config.DatabaseConfig;
import org.jpulp.common.testsupport.TestConfigs;
import org.junit.jupiter.api.Test;

class MongoConnectorTest {

    @Test
    void standardUuidsBoundedTimeoutsAndAnApplicationName() {
        DatabaseConfig config = TestConfigs.database("db1:27017", "pulp_database", 12, Duration.ofSeconds(5));

        MongoClientSettings settings = MongoConnector.settings(config, "jpulp-beat");

        assertThat(settings.getUuidRepresentation()).isEqualTo(UuidRepresentation.STANDARD);
        assertThat(settings.getApplicationName()).isEqualTo("jpulp-beat");
        assertThat(settings.getClusterSettings().getServerSelectionTimeout(TimeUnit.SECONDS)).isEqualTo(10);
        assertThat(settings.getSocketSettings().getConnectTimeout(TimeUnit.SECONDS)).isEqualTo(5);
        assertThat(settings.getClusterSettings().getHosts()).hasToString("[db1:27017]");
    }

    @Test
    void optionsWrittenInTheUriWin() {
        DatabaseConfig config = new DatabaseConfig("pulp_database", List.of("localhost:27017"), "", "", "", false, true,
                "majority", "mongodb://a:1,b:2/pulp?replicaSet=rs0&serverSelectionTimeoutMS=2500&appName=mine&uuidRepresentation=javaLegacy",
                12, Duration.ofSeconds(5));

        MongoClientSettings settings = MongoConnector.settings(config, "jpulp");

        assertThat(settings.getClusterSettings().getServerSelectionTimeout(TimeUnit.MILLISECONDS)).isEqualTo(2500);
        assertThat(settings.getApplicationName()).isEqualTo("mine");
        assertThat(settings.getUuidRepresentation()).as("jpulp code needs standard UUIDs").isEqualTo(UuidRepresentation.STANDARD);
        assertThat(settings.getClusterSettings().getRequiredReplicaSetName()).isEqualTo("rs0");
    }
}
