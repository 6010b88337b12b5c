package org.jpulp.common.content.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.util.Map;
import org.bson.Document;
import org.jpulp.common.content.NewUnit;
import org.jpulp.common.content.UnitKey;
import org.jpulp.common.content.UnitStore;
import org.jpulp.common.content.UnitStoreContract;
import org.jpulp.testing.mongo.EmbeddedMongoExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedMongoExtension.class)
class MongoUnitStoreTest extends UnitStoreContract {

    private MongoDatabase db;

    @BeforeEach
    void clean(MongoDatabase db) {
        this.db = db;
        db.drop();
        TYPES.forEach(t -> UnitCollections.spec(t).ensure(db));
    }

    @Override
    protected UnitStore store() {
        return new MongoUnitStore(db, TYPES, clock);
    }

    @Test
    void documents_have_pulp2s_shape() {
        store().insertIfAbsent(new NewUnit(UnitKey.of("file", Map.of("name", "a.iso", "checksum", "c", "size", 3)),
                Map.of("extra", "x"), "/store/a.iso"));

        Document d = db.getCollection("units_file").find().first();
        assertThat(d).containsEntry("_content_type_id", "file").containsEntry("_ns", "units_file")
                .containsEntry("name", "a.iso").containsEntry("checksum", "c").containsEntry("size", 3L)
                .containsEntry("extra", "x").containsEntry("_storage_path", "/store/a.iso")
                .containsEntry("downloaded", true).containsEntry("_last_updated", T0.getEpochSecond())
                .containsEntry("pulp_user_metadata", new Document());
        assertThat(d.get("_id")).isInstanceOf(String.class);
    }
}
