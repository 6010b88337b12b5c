package org.jpulp.common.repository.mongo;

import com.mongodb.client.MongoDatabase;
import org.jpulp.common.repository.RepositoryStore;
import org.jpulp.common.repository.RepositoryStoreContract;
import org.jpulp.common.schema.PlatformMigrations;
import org.jpulp.testing.mongo.EmbeddedMongoExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedMongoExtension.class)
class MongoRepositoryStoreTest extends RepositoryStoreContract {

    private RepositoryStore store;

    @BeforeEach
    void create(MongoDatabase db) {
        db.drop();
        PlatformMigrations.collections().forEach(c -> c.ensure(db));
        store = new MongoRepositoryStore(db);
    }

    @Override
    protected RepositoryStore store() {
        return store;
    }
}
