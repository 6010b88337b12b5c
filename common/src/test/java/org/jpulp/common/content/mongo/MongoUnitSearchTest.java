package org.jpulp.common.content.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jpulp.common.content.AssociatedUnit;
import org.jpulp.common.content.NewUnit;
import org.jpulp.common.content.Unit;
import org.jpulp.common.content.UnitKey;
import org.jpulp.common.criteria.Criteria;
import org.jpulp.common.criteria.UnitAssociationCriteria;
import org.jpulp.common.plugin.UnitTypeDefinition;
import org.jpulp.common.schema.PlatformMigrations;
import org.jpulp.testing.mongo.EmbeddedMongoExtension;
import org.jpulp.testing.time.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Unit and association searches over more units than one {@code $in} batch holds, across two types. */
@ExtendWith(EmbeddedMongoExtension.class)
class MongoUnitSearchTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<UnitTypeDefinition> TYPES = List.of(
            new UnitTypeDefinition("pkg", "Package", "", List.of("name", "n"), List.of(), List.of()),
            new UnitTypeDefinition("doc", "Doc", "", List.of("name"), List.of(), List.of()));

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private MongoUnitSearch search;
    private MongoUnitStore units;
    private MongoRepoContentUnits associations;

    @BeforeEach
    void setUp(MongoDatabase db) {
        db.drop();
        PlatformMigrations.collections().forEach(c -> c.ensure(db));
        TYPES.forEach(t -> UnitCollections.spec(t).ensure(db));
        search = new MongoUnitSearch(db, TYPES);
        units = new MongoUnitStore(db, TYPES, clock);
        associations = new MongoRepoContentUnits(db, clock);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 1_100; i++) {
            ids.add(units.insertIfAbsent(new NewUnit(UnitKey.of("pkg", Map.of("name", "p" + i, "n", (long) i)),
                    Map.of("even", i % 2 == 0), null)).id());
        }
        associations.associateAll("zoo", "pkg", ids);
        associations.associateAll("other", "pkg", ids.subList(0, 10));
        Unit doc = units.insertIfAbsent(new NewUnit(UnitKey.of("doc", Map.of("name", "readme")), Map.of(), null));
        clock.set(Instant.parse("2026-01-02T00:00:00Z"));
        associations.associate("zoo", "doc", doc.id());
    }

    @Test
    void a_unit_filter_and_sort_apply_across_batches_then_skip_and_limit() {
        List<AssociatedUnit> page = search.associations("zoo", criteria("""
                {"type_ids": ["pkg"], "filters": {"unit": {"even": true}}, "sort": {"unit": [["n", "descending"]]},
                 "skip": 1, "limit": 3, "fields": {"unit": ["name"]}}"""));

        assertThat(page).extracting(a -> a.unit().get("name")).containsExactly("p1096", "p1094", "p1092");
        assertThat(page.get(0).unit()).containsOnlyKeys("_id", "_content_type_id", "name");
        assertThat(page.get(0).association()).containsEntry("repo_id", "zoo").containsEntry("unit_type_id", "pkg");
    }

    @Test
    void without_an_association_sort_types_come_in_order_and_with_one_the_association_order_rules() {
        List<AssociatedUnit> all = search.associations("zoo", UnitAssociationCriteria.ALL);
        List<AssociatedUnit> newest = search.associations("zoo", criteria("""
                {"sort": {"association": [["created", "descending"]]}, "limit": 1}"""));
        List<AssociatedUnit> byAssociation = search.associations("zoo", criteria("""
                {"filters": {"association": {"created": {"$lt": "2026-01-02"}}}, "type_ids": ["doc", "pkg", "nope"]}"""));

        assertThat(all).hasSize(1_101);
        assertThat(all.get(0).typeId()).isEqualTo("doc");
        assertThat(all.get(1).unitId().compareTo(all.get(2).unitId())).isNegative();
        assertThat(newest).extracting(AssociatedUnit::typeId).containsExactly("doc");
        assertThat(byAssociation).hasSize(1_100).allMatch(a -> a.typeId().equals("pkg"));
        assertThat(search.associations("zoo", criteria("{\"type_ids\": [\"nope\"]}"))).isEmpty();
    }

    @Test
    void units_of_a_type_with_their_repositories() {
        List<Map<String, Object>> found = search.units("pkg", new Criteria(Map.of("n", Map.of("$lt", 3)),
                List.of(new Criteria.SortField("n", true)), null, null, List.of("name")));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 1_100; i++) {
            ids.add(units.find(UnitKey.of("pkg", Map.of("name", "p" + i, "n", (long) i))).orElseThrow().id());
        }

        Map<String, List<String>> memberships = search.repositoryMemberships("pkg", ids);

        assertThat(found).extracting(u -> u.get("name")).containsExactly("p0", "p1", "p2");
        assertThat(found.get(0)).containsOnlyKeys("_id", "_content_type_id", "name");
        assertThat(memberships).hasSize(1_100);
        assertThat(memberships.get(ids.get(0))).containsExactly("other", "zoo");
        assertThat(memberships.get(ids.get(1_050))).containsExactly("zoo");
    }

    @Test
    void user_metadata_is_replaced_and_a_missing_unit_reports_false() {
        String id = units.find(UnitKey.of("doc", Map.of("name", "readme"))).orElseThrow().id();

        assertThat(search.setUserMetadata("doc", id, Map.of("k", "v"))).isTrue();
        assertThat(search.setUserMetadata("doc", "nope", Map.of())).isFalse();
        assertThat(Map.copyOf((Map<?, ?>) search.unit("doc", id).orElseThrow().get("pulp_user_metadata")))
                .isEqualTo(Map.of("k", "v"));
        assertThatThrownBy(() -> search.units("nope", Criteria.ALL)).isInstanceOf(IllegalArgumentException.class);
        assertThat(search.knows("doc")).isTrue();
        assertThat(search.knows("nope")).isFalse();
    }

    private static UnitAssociationCriteria criteria(String json) {
        try {
            return UnitAssociationCriteria.parse(MAPPER.readTree(json));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
