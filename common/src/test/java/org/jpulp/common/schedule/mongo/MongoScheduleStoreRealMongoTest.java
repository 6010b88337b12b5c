package org.jpulp.common.schedule.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.jpulp.common.schedule.ScheduleStore;
import org.jpulp.common.schedule.ScheduleStoreContract;
import org.jpulp.testing.mongo.RealMongo;
import org.jpulp.testing.mongo.TestMongoClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.testcontainers.junit.jupiter.Testcontainers;

/** {@link ScheduleStoreContract} on real MongoDB ({@value RealMongo#IMAGE}); skipped without Docker. */
@Testcontainers(disabledWithoutDocker = true)
class MongoScheduleStoreRealMongoTest extends ScheduleStoreContract {

    private MongoClient client;
    private MongoClient otherClient;
    private MongoDatabase db;

    @BeforeEach
    void connect() {
        client = RealMongo.newClient();
        otherClient = RealMongo.newClient();
        db = client.getDatabase(TestMongoClients.uniqueDatabaseName("schedules"));
    }

    @AfterEach
    void dropAndClose() {
        try {
            db.drop();
        } finally {
            client.close();
            otherClient.close();
        }
    }

    @Override
    protected ScheduleStore store() {
        return new MongoScheduleStore(db, clock);
    }

    @Override
    protected ScheduleStore otherProcessStore() {
        return new MongoScheduleStore(otherClient.getDatabase(db.getName()), clock);
    }
}
