package org.jpulp.common.liveness.mongo;

import com.mongodb.client.MongoDatabase;
import org.jpulp.common.liveness.ProcessRegistry;
import org.jpulp.common.liveness.ProcessRegistryContract;
import org.jpulp.testing.mongo.EmbeddedMongoExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedMongoExtension.class)
class MongoProcessRegistryTest extends ProcessRegistryContract {

    private MongoDatabase db;

    @BeforeEach
    void clean(MongoDatabase db) {
        this.db = db;
        db.getCollection(MongoProcessRegistry.COLLECTION).deleteMany(new org.bson.Document());
    }

    @Override
    protected ProcessRegistry registry() {
        return new MongoProcessRegistry(db);
    }
}
