package org.jpulp.common.task.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.jpulp.common.schema.PlatformMigrations;
import org.jpulp.common.schema.PulpCollections;
import org.jpulp.common.task.TaskStore;
import org.jpulp.common.task.TaskStoreContract;
import org.jpulp.testing.mongo.EmbeddedMongoExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedMongoExtension.class)
class MongoTaskStoreTest extends TaskStoreContract {

    private MongoClient client;
    private int databases;

    @BeforeEach
    void client(MongoClient client) {
        this.client = client;
    }

    @Override
    protected TaskStore store() {
        MongoDatabase db = client.getDatabase("tasks_" + (++databases) + "_" + System.nanoTime());
        PlatformMigrations.collections().stream().filter(c -> c.name().equals(PulpCollections.TASK_STATUS))
                .forEach(c -> c.ensure(db));
        return new MongoTaskStore(db);
    }
}
