package org.jpulp.common.task.mongo;

import com.mongodb.client.MongoClient;
import org.jpulp.common.task.ReservationStore;
import org.jpulp.common.task.ReservationStoreContract;
import org.jpulp.testing.mongo.EmbeddedMongoExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedMongoExtension.class)
class MongoReservationStoreTest extends ReservationStoreContract {

    private MongoClient client;

    @BeforeEach
    void client(MongoClient client) {
        this.client = client;
    }

    @Override
    protected ReservationStore store() {
        return new MongoReservationStore(client.getDatabase("reservations_" + System.nanoTime()));
    }
}
