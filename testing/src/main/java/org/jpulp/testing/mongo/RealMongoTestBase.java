package org.jpulp.testing.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * Base for tests against a real MongoDB ({@link RealMongo#IMAGE}) in Docker: each test gets a client and a
 * database of its own, dropped afterwards. Without a Docker engine the whole class is reported as skipped.
 * A contract test that already has a base class uses {@link RealMongo} with the same annotation instead.
 */
@Testcontainers(disabledWithoutDocker = true)
public abstract class RealMongoTestBase {

    protected MongoClient client;
    protected MongoDatabase db;

    @BeforeEach
    void connectToRealMongo(TestInfo test) {
        client = RealMongo.newClient();
        db = client.getDatabase(TestMongoClients.uniqueDatabaseName(test.getTestClass().map(Class::getSimpleName).orElse("t")));
    }

    @AfterEach
    void dropRealMongoDatabase() {
        try {
            db.drop();
        } finally {
            client.close();
        }
    }
}
