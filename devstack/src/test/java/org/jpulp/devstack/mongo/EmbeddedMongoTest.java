package org.jpulp.devstack.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMongoTest {

    @TempDir
    Path dir;

    @Test
    void inMemoryServerAnswersOnAnEphemeralLoopbackPort() {
        try (EmbeddedMongo mongo = new EmbeddedMongo(); MongoClient client = MongoClients.create(mongo.connectionString())) {
            assertThat(mongo.port()).isPositive();
            assertThat(mongo.connectionString()).isEqualTo("mongodb://127.0.0.1:" + mongo.port());
            client.getDatabase("t").getCollection("c").insertOne(new Document("_id", 1));
            assertThat(client.getDatabase("t").getCollection("c").countDocuments()).isEqualTo(1);
        }
    }

    @Test
    void listensOnTheRequestedPortAndAddress() throws IOException {
        int port = freePort();
        EmbeddedMongo.Options options = EmbeddedMongo.Options.inMemory().bindAddress("0.0.0.0").port(port);
        try (EmbeddedMongo mongo = new EmbeddedMongo(options); MongoClient client = MongoClients.create(mongo.connectionString())) {
            assertThat(mongo.port()).isEqualTo(port);
            assertThat(mongo.host()).isEqualTo("127.0.0.1");
            assertThat(client.getDatabase("admin").runCommand(new Document("ping", 1)).get("ok")).isEqualTo(1.0);
        }
    }

    @Test
    void aTakenPortFailsWithTheAddressInTheMessage() {
        try (EmbeddedMongo first = new EmbeddedMongo()) {
            EmbeddedMongo.Options same = EmbeddedMongo.Options.inMemory().port(first.port());
            assertThatThrownBy(() -> new EmbeddedMongo(same).close())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("127.0.0.1:" + first.port());
        }
    }

    @Test
    void h2FileKeepsDocumentsAndUniqueIndexesAcrossACleanRestart() {
        Path file = dir.resolve("data/pulp.mv");
        try (EmbeddedMongo mongo = new EmbeddedMongo(file); MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> users = client.getDatabase("pulp_database").getCollection("users");
            users.createIndex(Indexes.ascending("login"), new IndexOptions().unique(true));
            List<Document> docs = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                docs.add(new Document("login", "user" + i).append("n", i));
            }
            users.insertMany(docs);
        }

        try (EmbeddedMongo mongo = new EmbeddedMongo(file); MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> users = client.getDatabase("pulp_database").getCollection("users");
            assertThat(users.countDocuments()).isEqualTo(50);
            assertThat(users.find(new Document("login", "user7")).first()).containsEntry("n", 7);
            assertThat(users.listIndexes().map(ix -> ix.getString("name")).into(new ArrayList<>())).contains("login_1");
            assertThatThrownBy(() -> users.insertOne(new Document("login", "user7")))
                    .isInstanceOfSatisfying(MongoWriteException.class,
                            e -> assertThat(ErrorCategory.fromErrorCode(e.getCode())).isEqualTo(ErrorCategory.DUPLICATE_KEY));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
