package org.jpulp.common.content.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.jpulp.common.content.RepoContentUnits;
import org.jpulp.common.content.RepoContentUnitsContract;
import org.jpulp.common.schema.PlatformMigrations;
import org.jpulp.testing.mongo.RealMongo;
import org.jpulp.testing.mongo.TestMongoClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.testcontainers.junit.jupiter.Testcontainers;

/** {@link RepoContentUnitsContract} on real MongoDB ({@value RealMongo#IMAGE}); skipped without Docker. */
@Testcontainers(disabledWithoutDocker = true)
class MongoRepoContentUnitsRealMongoTest extends RepoContentUnitsContract {

    private MongoClient client;
    private MongoDatabase db;

    @BeforeEach
    void connect() {
        client = RealMongo.newClient();
        db = client.getDatabase(TestMongoClients.uniqueDatabaseName("associations"));
        PlatformMigrations.collections().forEach(c -> c.ensure(db));
    }

    @AfterEach
    void drop() {
        try {
            db.drop();
        } finally {
            client.close();
        }
    }

    @Override
    protected RepoContentUnits associations() {
        return new MongoRepoContentUnits(db, clock);
    }
}
