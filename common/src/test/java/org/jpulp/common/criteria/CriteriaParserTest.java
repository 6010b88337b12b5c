package org.jpulp.common.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.jpulp.common.error.InvalidValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CriteriaParserTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static Criteria parse(String json) throws Exception {
        return CriteriaParser.parse(MAPPER.readTree(json));
    }

    private static void assertRejected(String json, String property) {
        assertThatThrownBy(() -> parse(json)).isInstanceOf(InvalidValue.class)
                .satisfies(e -> assertThat(((InvalidValue) e).data().get("property_names")).isEqualTo(List.of(property)));
    }

    @Test
    void reads_every_part_of_a_criteria_object() throws Exception {
        Criteria c = parse("""
                {"filters": {"id": {"$regex": "^el7"}, "notes._repo-type": "rpm-repo"},
                 "sort": [["id", "descending"], ["display_name", 1], "description"],
                 "limit": 20, "skip": 5, "fields": ["id", "display_name"]}""");

        assertThat(c.filters()).containsEntry("notes._repo-type", "rpm-repo")
                .containsEntry("id", Map.of("$regex", "^el7"));
        assertThat(c.sort()).containsExactly(new Criteria.SortField("id", false),
                new Criteria.SortField("display_name", true), new Criteria.SortField("description", true));
        assertThat(c.limit()).isEqualTo(20);
        assertThat(c.skip()).isEqualTo(5);
        assertThat(c.fields()).containsExactly("id", "display_name");
    }

    @Test
    void null_or_empty_criteria_select_everything() throws Exception {
        assertThat(CriteriaParser.parse(null)).isEqualTo(Criteria.ALL);
        assertThat(parse("{}")).isEqualTo(Criteria.ALL);
    }

    @Test
    void unknown_criteria_keys_are_listed() {
        assertThatThrownBy(() -> parse("{\"filter\": {}, \"zzz\": 1, \"limit\": 1}"))
                .isInstanceOf(InvalidValue.class)
                .satisfies(e -> assertThat(((InvalidValue) e).data().get("property_names"))
                        .isEqualTo(List.of("filter", "zzz")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"$where\": \"sleep(1000)\"}",
        "{\"id\": {\"$where\": \"1\"}}",
        "{\"$expr\": {\"$eq\": [1, 1]}}",
        "{\"id\": {\"$function\": {\"body\": \"x\"}}}",
        "{\"$and\": [{\"$where\": \"1\"}]}",
        "{\"$or\": [{\"id\": {\"$expr\": 1}}]}",
        "{\"$text\": {\"$search\": \"x\"}}",
        "{\"id\": {\"$elemMatch\": {\"$where\": \"1\"}}}",
        "{\"id\": {\"$not\": {\"$where\": \"1\"}}}",
        "{\"id\": {\"$gt\": 1, \"plain\": 2}}",
        "{\"id\": {\"$regex\": \"(unclosed\"}}",
        "{\"id\": {\"$regex\": 5}}",
        "{\"id\": {\"$options\": \"i\"}}",
        "{\"id\": {\"$regex\": \"a\", \"$options\": \"q\"}}",
        "{\"id\": {\"$in\": \"notalist\"}}",
        "{\"id\": {\"$exists\": \"yes\"}}",
        "{\"id\": {\"$size\": -1}}",
        "{\"id\": {\"$gt\": {\"a\": 1}}}",
        "{\"id\": {\"$eq\": {\"$ne\": 1}}}",
        "{\"$and\": []}",
        "{\"$and\": {\"id\": 1}}",
        "{\"\": 1}",
        "{\"a..b\": 1}",
        "{\"a.$b\": 1}",
        "{\"started\": {\"$gte\": {\"$date\": \"yesterday\"}}}",
        "[1, 2]",
        "\"id\""
    })
    void disallowed_or_malformed_filters_are_invalid(String filters) {
        assertRejected("{\"filters\": " + filters + "}", "filters");
    }

    @Test
    void deep_nesting_is_refused_before_it_reaches_the_database() {
        String deep = "{\"$and\": [".repeat(40) + "{\"id\": 1}" + "]}".repeat(40);
        assertRejected("{\"filters\": " + deep + "}", "filters");
    }

    @Test
    void dates_become_dates_and_a_string_not_becomes_a_regular_expression() throws Exception {
        Criteria c = parse("""
                {"filters": {"started": {"$gte": {"$date": "2015-01-01T00:00:00Z"}},
                             "id": {"$not": "^tmp"}}}""");

        assertThat(c.filters().get("started"))
                .isEqualTo(Map.of("$gte", Date.from(Instant.parse("2015-01-01T00:00:00Z"))));
        assertThat(((Map<?, ?>) c.filters().get("id")).get("$not")).isInstanceOf(java.util.regex.Pattern.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "0", "-3", "\"10\"", "1.5", "10000000000000"})
    void limit_must_be_a_positive_whole_number(String limit) {
        assertRejected("{\"limit\": " + limit + "}", "limit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "-1", "\"0\""})
    void skip_must_be_a_whole_number_of_at_least_zero(String skip) {
        assertRejected("{\"skip\": " + skip + "}", "skip");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"id\"", "[[\"id\", \"up\"]]", "[[\"id\", 2]]", "[[1, 1]]", "[[\"$id\", 1]]",
        "[[\"id\", \"ascending\", 3]]", "[{}]"})
    void sort_must_list_fields_and_directions(String sort) {
        assertRejected("{\"sort\": " + sort + "}", "sort");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"id\"", "[1]", "[\"$where\"]", "{\"id\": 1}"})
    void fields_must_list_field_names(String fields) {
        assertRejected("{\"fields\": " + fields + "}", "fields");
    }

    @Test
    void hidden_fields_cannot_be_searched_and_renamed_fields_are_translated() throws Exception {
        FieldMap users = new FieldMap(Map.of("id", "_id"), java.util.Set.of("_id"), java.util.Set.of("password"));
        Criteria byPassword = parse("{\"filters\": {\"$or\": [{\"password\": {\"$regex\": \"^a\"}}]}}");
        assertThatThrownBy(() -> users.translate(byPassword.filters())).isInstanceOf(InvalidValue.class);

        JsonNode byId = MAPPER.readTree("{\"filters\": {\"id\": {\"$in\": [\"5328b2983738202945a3bb47\", \"x\"]}}}");
        Map<String, Object> translated = users.translate(CriteriaParser.parse(byId).filters());
        assertThat(translated.get("_id")).isEqualTo(Map.of("$in",
                List.of(new org.bson.types.ObjectId("5328b2983738202945a3bb47"), "x")));
    }
}
