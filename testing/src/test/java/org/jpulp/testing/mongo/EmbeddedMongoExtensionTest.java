package org.jpulp.testing.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.util.UUID;
import org.bson.Document;
import org.jpulp.devstack.mongo.EmbeddedMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedMongoExtension.class)
class EmbeddedMongoExtensionTest {

    private final MongoDatabase db;

    EmbeddedMongoExtensionTest(MongoDatabase db) {
        this.db = db;
    }

    @BeforeEach
    void emptyDatabase() {
        db.drop();
    }

    @Test
    void injectsOneServerClientAndDatabasePerClass(EmbeddedMongo server, MongoClient client, MongoDatabase same) {
        assertThat(same.getName()).isEqualTo(db.getName()).startsWith("EmbeddedMongoExtensionTest_");
        assertThat(server.connectionString()).startsWith("mongodb://127.0.0.1:");
        client.getDatabase(db.getName()).getCollection("c").insertOne(new Document("_id", 1));
        assertThat(db.getCollection("c").countDocuments()).isEqualTo(1);
    }

    @Test
    void clientStoresUuidsAsStandardBinary() {
        UUID id = UUID.randomUUID();
        db.getCollection("uuids").insertOne(new Document("_id", id));

        assertThat(db.getCollection("uuids").find().first()).containsEntry("_id", id);
    }
}
