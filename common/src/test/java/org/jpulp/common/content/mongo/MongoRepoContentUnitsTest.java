package org.jpulp.common.content.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.jpulp.common.content.RepoContentUnits;
import org.jpulp.common.content.RepoContentUnitsContract;
import org.jpulp.common.schema.PlatformMigrations;
import org.jpulp.common.schema.PulpCollections;
import org.jpulp.testing.mongo.EmbeddedMongoExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(EmbeddedMongoExtension.class)
class MongoRepoContentUnitsTest extends RepoContentUnitsContract {

    private MongoDatabase db;

    @BeforeEach
    void clean(MongoDatabase db) {
        this.db = db;
        db.drop();
        PlatformMigrations.collections().forEach(c -> c.ensure(db));
    }

    @Override
    protected RepoContentUnits associations() {
        return new MongoRepoContentUnits(db, clock);
    }

    @Test
    void documents_have_pulp2s_shape() {
        associations().associate("zoo", "iso", "u1");

        Document d = db.getCollection(PulpCollections.REPO_CONTENT_UNITS).find().first();
        assertThat(d).containsEntry("repo_id", "zoo").containsEntry("unit_type_id", "iso")
                .containsEntry("unit_id", "u1").containsEntry("created", "2026-03-01T12:00:00Z")
                .containsEntry("updated", "2026-03-01T12:00:00Z").containsEntry("_ns", "repo_content_units");
    }
}
