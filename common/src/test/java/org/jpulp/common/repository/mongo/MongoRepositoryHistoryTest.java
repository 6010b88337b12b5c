package org.jpulp.common.repository.mongo;

import com.mongodb.client.MongoDatabase;
import org.jpulp.common.repository.RepositoryHistory;
import org.jpulp.common.repository.RepositoryHistoryContract;
import org.jpulp.common.schema.PlatformMigrations;
import org.jpulp.testing.mongo.EmbeddedMongoExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedMongoExtension.class)
class MongoRepositoryHistoryTest extends RepositoryHistoryContract {

    private RepositoryHistory history;

    @BeforeEach
    void create(MongoDatabase db) {
        db.drop();
        PlatformMigrations.collections().forEach(c -> c.ensure(db));
        history = new MongoRepositoryHistory(db);
    }

    @Override
    protected RepositoryHistory history() {
        return history;
    }
}
