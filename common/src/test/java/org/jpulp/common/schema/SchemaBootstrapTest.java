package org.jpulp.common.schema;

import com.mongodb.client.MongoClient;
import org.jpulp.testing.mongo.EmbeddedMongoExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link SchemaBootstrapContract} on the embedded wire server (in memory). */
@ExtendWith(EmbeddedMongoExtension.class)
class SchemaBootstrapTest extends SchemaBootstrapContract {

    private final MongoClient client;

    SchemaBootstrapTest(MongoClient client) {
        this.client = client;
    }

    @Override
    protected MongoClient client() {
        return client;
    }
}
