package org.jpulp.common.schema;

import com.mongodb.client.MongoClient;
import org.jpulp.testing.mongo.RealMongo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.testcontainers.junit.jupiter.Testcontainers;

/** {@link SchemaBootstrapContract} on real MongoDB ({@value RealMongo#IMAGE}); skipped without Docker. */
@Testcontainers(disabledWithoutDocker = true)
class SchemaBootstrapRealMongoTest extends SchemaBootstrapContract {

    private static MongoClient client;

    @BeforeAll
    static void connect() {
        client = RealMongo.newClient();
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Override
    protected MongoClient client() {
        return client;
    }
}
