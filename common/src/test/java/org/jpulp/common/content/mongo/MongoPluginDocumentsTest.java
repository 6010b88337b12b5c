package org.jpulp.common.content.mongo;

import com.mongodb.client.MongoDatabase;
import org.jpulp.common.content.PluginDocuments;
import org.jpulp.common.content.PluginDocumentsContract;
import org.jpulp.testing.mongo.EmbeddedMongoExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedMongoExtension.class)
class MongoPluginDocumentsTest extends PluginDocumentsContract {

    private MongoDatabase db;

    @BeforeEach
    void clean(MongoDatabase db) {
        this.db = db;
        db.drop();
    }

    @Override
    protected PluginDocuments documents() {
        return new MongoPluginDocuments(db);
    }
}
