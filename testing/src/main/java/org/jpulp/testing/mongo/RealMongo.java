package org.jpulp.testing.mongo;

import com.mongodb.client.MongoClient;
import org.testcontainers.mongodb.MongoDBContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * One real MongoDB ({@value #IMAGE}, a single-node replica set) per test JVM, started on first use and removed
 * by Testcontainers when the JVM exits. Only call it from classes annotated
 * {@code @Testcontainers(disabledWithoutDocker = true)} (or extending {@link RealMongoTestBase}), so that
 * without a Docker engine the tests are skipped instead of failing.
 */
public final class RealMongo {

    public static final String IMAGE = "mongo:7";

    private static MongoDBContainer container;

    private RealMongo() {
    }

    /** {@code mongodb://host:port/?replicaSet=...} style URL of the shared container, starting it if needed. */
    public static synchronized String connectionString() {
        if (container == null) {
            MongoDBContainer started = new MongoDBContainer(DockerImageName.parse(IMAGE));
            started.start();
            container = started;
        }
        return container.getReplicaSetUrl("admin");
    }

    public static MongoClient newClient() {
        return TestMongoClients.create(connectionString());
    }
}
