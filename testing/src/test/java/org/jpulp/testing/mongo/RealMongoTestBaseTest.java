package org.jpulp.testing.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import org.bson.Document;
import org.junit.jupiter.api.Test;

/** Runs against mongo:7 in Docker; reported as skipped where there is no Docker engine. */
class RealMongoTestBaseTest extends RealMongoTestBase {

    @Test
    void answersAPingAndStoresADocument() {
        assertThat(db.runCommand(new Document("ping", 1)).get("ok")).isIn(1, 1.0);
        db.getCollection("c").insertOne(new Document("_id", "x"));
        assertThat(db.getCollection("c").countDocuments()).isEqualTo(1);
    }
}
