package org.jpulp.common.schedule.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.jpulp.common.schedule.ScheduleStore;
import org.jpulp.common.schedule.ScheduleStoreContract;
import org.jpulp.common.schema.PulpCollections;
import org.jpulp.devstack.mongo.EmbeddedMongo;
import org.jpulp.testing.mongo.EmbeddedMongoExtension;
import org.jpulp.testing.mongo.TestMongoClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link ScheduleStoreContract} on the embedded wire server; the other process has a client of its own. */
@ExtendWith(EmbeddedMongoExtension.class)
class MongoScheduleStoreTest extends ScheduleStoreContract {

    private MongoDatabase db;
    private MongoClient otherClient;

    @BeforeEach
    void clean(EmbeddedMongo server, MongoDatabase db) {
        this.db = db;
        db.getCollection(PulpCollections.SCHEDULED_CALLS).deleteMany(new org.bson.Document());
        otherClient = TestMongoClients.create(server.connectionString());
    }

    @AfterEach
    void closeOtherClient() {
        otherClient.close();
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
