package org.jpulp.common.content.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.jpulp.common.content.UnitStore;
import org.jpulp.common.content.UnitStoreContract;
import org.jpulp.testing.mongo.RealMongo;
import org.jpulp.testing.mongo.TestMongoClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.testcontainers.junit.jupiter.Testcontainers;

/** {@link UnitStoreContract} on real MongoDB ({@value RealMongo#IMAGE}); skipped without Docker. */
@Testcontainers(disabledWithoutDocker = true)
class MongoUnitStoreRealMongoTest extends UnitStoreContract {

    private MongoClient client;
    private MongoDatabase db;

    @BeforeEach
    void connect() {
        client = RealMongo.newClient();
        db = client.getDatabase(TestMongoClients.uniqueDatabaseName("units"));
        TYPES.forEach(t -> UnitCollections.spec(t).ensure(db));
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
    protected UnitStore store() {
        return new MongoUnitStore(db, TYPES, clock);
    }
}
