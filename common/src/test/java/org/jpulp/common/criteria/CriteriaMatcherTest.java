package org.jpulp.common.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.jpulp.common.criteria.mongo.MongoCriteria;
import org.jpulp.testing.mongo.EmbeddedMongoExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The in-memory matcher answers every allow-listed query as MongoDB (here the embedded server) does. */
@ExtendWith(EmbeddedMongoExtension.class)
class CriteriaMatcherTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final FieldMap FIELDS = new FieldMap(Map.of("id", "repo_id"), java.util.Set.of("_id"),
            java.util.Set.of());
    private static final List<Map<String, Object>> DOCS = new ArrayList<>();
    private static MongoCollection<Document> collection;

    @BeforeAll
    static void load(MongoDatabase db) {
        collection = db.getCollection("matcher");
        add("zoo", "Zoo", Map.of("_repo-type", "rpm-repo"), List.of("a", "b"), 32, "2019-05-01T19:30:52Z");
        add("el7-base", "EL 7", Map.of("_repo-type", "rpm-repo", "os", "el7"), List.of("b"), 7, "2020-01-01T00:00:00Z");
        add("el8", null, Map.of("_repo-type", "iso-repo"), List.of(), 0, null);
        add("Tmp.x", "tmp", Map.of(), List.of("c", "a"), 2.5, "2018-01-01T00:00:00Z");
        Document odd = new Document("repo_id", "odd").append("items", List.of(new Document("k", 1), new Document("k", 5)));
        collection.insertOne(odd);
        DOCS.add(odd);
    }

    private static void add(String id, String name, Map<String, Object> notes, List<String> tags, Number count,
                            String added) {
        Document d = new Document("repo_id", id).append("display_name", name).append("notes", new Document(notes))
                .append("tags", tags).append("count", count)
                .append("added", added == null ? null : Date.from(Instant.parse(added)));
        collection.insertOne(d);
        DOCS.add(d);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{}",
        "{\"id\": \"zoo\"}",
        "{\"id\": {\"$regex\": \"^el\"}}",
        "{\"id\": {\"$regex\": \"^tmp\", \"$options\": \"i\"}}",
        "{\"notes._repo-type\": \"rpm-repo\"}",
        "{\"notes\": {\"_repo-type\": \"iso-repo\"}}",
        "{\"notes.os\": {\"$exists\": true}}",
        "{\"notes.os\": {\"$exists\": false}}",
        "{\"display_name\": null}",
        "{\"display_name\": {\"$ne\": null}}",
        "{\"tags\": \"a\"}",
        "{\"tags\": {\"$all\": [\"a\", \"c\"]}}",
        "{\"tags\": {\"$size\": 0}}",
        "{\"tags\": {\"$in\": [\"c\", \"zzz\"]}}",
        "{\"tags\": {\"$nin\": [\"a\"]}}",
        "{\"count\": {\"$gt\": 2, \"$lte\": 32}}",
        "{\"count\": {\"$gte\": 2.5}}",
        "{\"count\": 7.0}",
        "{\"count\": {\"$lt\": \"z\"}}",
        "{\"added\": {\"$gte\": {\"$date\": \"2019-01-01T00:00:00Z\"}}}",
        "{\"added\": {\"$lt\": {\"$date\": \"2019-01-01T00:00:00Z\"}}}",
        "{\"$or\": [{\"id\": \"zoo\"}, {\"count\": 0}]}",
        "{\"$and\": [{\"notes._repo-type\": \"rpm-repo\"}, {\"count\": {\"$lt\": 10}}]}",
        "{\"$nor\": [{\"id\": \"zoo\"}, {\"id\": \"odd\"}]}",
        "{\"id\": {\"$not\": {\"$regex\": \"^el\"}}}",
        "{\"id\": {\"$not\": \"^el\"}}",
        "{\"items\": {\"$elemMatch\": {\"k\": {\"$gt\": 3}}}}",
        "{\"items.k\": 1}",
        "{\"id\": {\"$eq\": \"el8\"}}"
    })
    void matches_the_same_documents_as_mongodb(String filters) throws Exception {
        Criteria criteria = CriteriaParser.parse(MAPPER.readTree("{\"filters\": " + filters
                + ", \"sort\": [[\"id\", \"ascending\"]]}"));

        List<Object> fromMongo = new ArrayList<>();
        MongoCriteria.apply(collection.find(MongoCriteria.filter(criteria, FIELDS)), criteria, FIELDS, List.of())
                .forEach(d -> fromMongo.add(d.get("repo_id")));
        List<Object> inMemory = CriteriaMatcher.select(DOCS, criteria, FIELDS).stream().map(d -> d.get("repo_id"))
                .toList();

        assertThat(inMemory).as(filters).isEqualTo(fromMongo);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"sort\": [[\"count\", \"descending\"]], \"skip\": 1, \"limit\": 2}",
        "{\"sort\": [[\"display_name\", \"ascending\"], [\"id\", -1]]}",
        "{\"sort\": [[\"added\", \"descending\"]], \"limit\": 3}"
    })
    void sorts_skips_and_limits_as_mongodb(String criteriaJson) throws Exception {
        Criteria criteria = CriteriaParser.parse(MAPPER.readTree(criteriaJson));

        List<Object> fromMongo = new ArrayList<>();
        MongoCriteria.apply(collection.find(MongoCriteria.filter(criteria, FIELDS)), criteria, FIELDS, List.of())
                .forEach(d -> fromMongo.add(d.get("repo_id")));
        List<Object> inMemory = CriteriaMatcher.select(DOCS, criteria, FIELDS).stream().map(d -> d.get("repo_id"))
                .toList();

        assertThat(inMemory).as(criteriaJson).isEqualTo(fromMongo);
    }
}
