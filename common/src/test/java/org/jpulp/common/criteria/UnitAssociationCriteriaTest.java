package org.jpulp.common.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.jpulp.common.error.InvalidValue;
import org.junit.jupiter.api.Test;

class UnitAssociationCriteriaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void reads_every_part_and_survives_the_text_round_trip() throws Exception {
        UnitAssociationCriteria c = UnitAssociationCriteria.parse(MAPPER.readTree("""
                {"type_ids": ["rpm"], "filters": {"unit": {"name": {"$regex": "^k"}},
                 "association": {"created": {"$gte": "2019-01-01T00:00:00Z"}}},
                 "sort": {"unit": [["name", "ascending"], ["version", "descending"]], "association": [["created", -1]]},
                 "fields": {"unit": ["name"], "association": ["created"]}, "limit": 5, "skip": 1,
                 "remove_duplicates": true}"""));

        UnitAssociationCriteria again = UnitAssociationCriteria.fromText(c.text());

        assertThat(again).isEqualTo(c);
        assertThat(c.typeIds()).containsExactly("rpm");
        assertThat(c.unitFilters()).containsKey("name");
        assertThat(c.associationFilters()).containsKey("created");
        assertThat(c.unitSort()).containsExactly(new Criteria.SortField("name", true),
                new Criteria.SortField("version", false));
        assertThat(c.associationSort()).containsExactly(new Criteria.SortField("created", false));
        assertThat(c.unitFields()).containsExactly("name");
        assertThat(c.associationFields()).containsExactly("created");
        assertThat(c.limit()).isEqualTo(5);
        assertThat(c.skip()).isEqualTo(1);
        assertThat(c.removeDuplicates()).isTrue();
        assertThat(UnitAssociationCriteria.ALL.typeIds()).isNull();
        assertThat(UnitAssociationCriteria.parse(MAPPER.readTree("null")).unitFilters()).isEmpty();
    }

    @Test
    void rejects_unknown_keys_at_every_level_and_wrong_types() {
        assertInvalid("{\"bogus\": 1, \"type_ids\": []}", "bogus");
        assertInvalid("{\"filters\": {\"units\": {}}}", "units");
        assertInvalid("{\"sort\": {\"other\": []}}", "other");
        assertInvalid("{\"fields\": {\"x\": []}}", "x");
        assertInvalid("{\"type_ids\": \"rpm\"}", "type_ids");
        assertInvalid("{\"type_ids\": [1]}", "type_ids");
        assertInvalid("{\"filters\": []}", "filters");
        assertInvalid("{\"filters\": {\"unit\": {\"$where\": \"1\"}}}", "filters");
        assertInvalid("{\"limit\": 0}", "limit");
        assertInvalid("{\"skip\": true}", "skip");
        assertInvalid("{\"remove_duplicates\": \"yes\"}", "remove_duplicates");
        assertInvalid("[]", "criteria");
    }

    private static void assertInvalid(String json, String property) {
        assertThatThrownBy(() -> UnitAssociationCriteria.parse(MAPPER.readTree(json)))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.data().get("property_names"))
                        .isEqualTo(List.of(property)));
    }
}
