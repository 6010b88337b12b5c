package org.jpulp.common.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jpulp.common.criteria.CriteriaParser;
import org.jpulp.common.error.DuplicateResource;
import org.junit.jupiter.api.Test;

/** What every {@link RepositoryStore} does; run against MongoDB and the in-memory twin. */
public abstract class RepositoryStoreContract {

    private static final Instant T1 = Instant.parse("2026-05-01T10:00:00.123Z");
    private static final Instant T2 = Instant.parse("2026-05-02T10:00:00Z");

    protected abstract RepositoryStore store();

    private Repository zoo() {
        return store().insert(Repository.of("zoo", "Zoo", "animals", Map.of("_repo-type", "rpm-repo",
                "nested", Map.of("a", List.of(1, "two", true)))));
    }

    @Test
    void inserted_repositories_get_an_object_id_and_read_back_equal() {
        Repository zoo = zoo();

        assertThat(zoo.objectId()).matches("[0-9a-f]{24}");
        assertThat(store().find("zoo")).contains(zoo);
        assertThat(zoo.notes()).containsEntry("nested", Map.of("a", List.of(1, "two", true)));
        assertThat(store().find("nope")).isEmpty();
    }

    @Test
    void a_taken_id_is_a_duplicate() {
        zoo();

        assertThatThrownBy(() -> store().insert(Repository.of("zoo", null, null, Map.of())))
                .isInstanceOf(DuplicateResource.class).hasMessage("Duplicate resource: zoo");
    }

    @Test
    void a_new_repository_is_named_after_its_id_by_default() {
        assertThat(store().insert(Repository.of("plain", null, null, null)).displayName()).isEqualTo("plain");
    }

    @Test
    void a_delta_replaces_fields_and_merges_notes_key_by_key() {
        zoo();
        Map<String, Object> notes = new HashMap<>();
        notes.put("_repo-type", null);
        notes.put("owner", "ops");
        Map<String, Object> fields = new HashMap<>();
        fields.put("display_name", "Zoo 2");
        fields.put("description", null);
        fields.put("scratchpad", Map.of("k", 1));

        Repository updated = store().update("zoo", new RepositoryDelta(fields, notes)).orElseThrow();

        assertThat(updated.displayName()).isEqualTo("Zoo 2");
        assertThat(updated.description()).isNull();
        assertThat(updated.scratchpad()).isEqualTo(Map.of("k", 1));
        assertThat(updated.notes()).containsEntry("owner", "ops").doesNotContainKey("_repo-type")
                .containsKey("nested");
        assertThat(store().find("zoo")).contains(updated);
        assertThat(store().update("nope", new RepositoryDelta(fields, Map.of()))).isEmpty();
    }

    @Test
    void search_filters_sorts_and_limits_in_external_names() throws Exception {
        zoo();
        store().insert(Repository.of("el7", null, null, Map.of("_repo-type", "rpm-repo")));
        store().insert(Repository.of("iso1", null, null, Map.of("_repo-type", "iso-repo")));

        List<Repository> rpm = store().search(CriteriaParser.parse(new ObjectMapper().readTree(
                "{\"filters\": {\"notes._repo-type\": \"rpm-repo\"}, \"sort\": [[\"id\", \"descending\"]]}")));
        List<Repository> firstTwo = store().search(CriteriaParser.parse(new ObjectMapper().readTree(
                "{\"sort\": [[\"id\", \"ascending\"]], \"limit\": 2, \"skip\": 1}")));

        List<Repository> projected = store().search(CriteriaParser.parse(new ObjectMapper().readTree(
                "{\"filters\": {\"id\": \"zoo\"}, \"fields\": [\"display_name\"]}")));

        assertThat(rpm).extracting(Repository::id).containsExactly("zoo", "el7");
        assertThat(projected).as("stores return whole repositories; callers project").containsExactly(
                store().find("zoo").orElseThrow());
        assertThat(firstTwo).extracting(Repository::id).containsExactly("iso1", "zoo");
    }

    @Test
    void the_importer_is_set_replaced_merged_and_removed() {
        zoo();
        Importer set = store().setImporter(Importer.of("zoo", "iso_importer", Map.of("feed", "http://a/",
                "proxy_port", 3128), T1));

        assertThat(set.objectId()).matches("[0-9a-f]{24}");
        assertThat(store().importer("zoo")).contains(set);
        Map<String, Object> delta = new HashMap<>();
        delta.put("proxy_port", null);
        delta.put("validate", true);
        Importer merged = store().updateImporterConfig("zoo", delta, T2).orElseThrow();
        assertThat(merged.config()).isEqualTo(Map.of("feed", "http://a/", "validate", true));
        assertThat(merged.lastUpdated()).isEqualTo(T2);

        Importer replaced = store().setImporter(Importer.of("zoo", "yum_importer", Map.of(), T2));
        assertThat(store().importer("zoo")).contains(replaced);
        assertThat(store().importers(List.of("zoo", "nope"))).containsExactly(replaced);
        assertThat(store().removeImporter("zoo")).isTrue();
        assertThat(store().removeImporter("zoo")).isFalse();
        assertThat(store().updateImporterConfig("zoo", delta, T2)).isEmpty();
    }

    @Test
    void distributors_are_added_replaced_updated_and_removed_by_id() {
        zoo();
        Distributor d1 = store().putDistributor(Distributor.of("zoo", "d1", "iso_distributor",
                Map.of("relative_url", "zoo", "http", true), false, T1));
        store().putDistributor(Distributor.of("zoo", "d2", "iso_distributor", Map.of(), true, T1));

        assertThat(store().distributor("zoo", "d1")).contains(d1);
        assertThat(store().distributors("zoo")).extracting(Distributor::distributorId).containsExactly("d1", "d2");
        Map<String, Object> delta = new HashMap<>();
        delta.put("http", null);
        Distributor updated = store().updateDistributor("zoo", "d1", delta, true, T2).orElseThrow();
        assertThat(updated.config()).isEqualTo(Map.of("relative_url", "zoo"));
        assertThat(updated.autoPublish()).isTrue();
        assertThat(store().updateDistributor("zoo", "d1", Map.of(), null, T2).orElseThrow().autoPublish()).isTrue();

        Distributor replaced = store().putDistributor(Distributor.of("zoo", "d1", "other", Map.of(), false, T2));
        assertThat(store().distributor("zoo", "d1")).contains(replaced);
        assertThat(store().distributors(List.of("zoo"))).hasSize(2);
        assertThat(store().removeDistributor("zoo", "d2")).isTrue();
        assertThat(store().removeDistributor("zoo", "d2")).isFalse();
        assertThat(store().updateDistributor("zoo", "d2", Map.of(), null, T2)).isEmpty();
    }

    @Test
    void deleting_a_repository_removes_its_importer_and_distributors() {
        zoo();
        store().setImporter(Importer.of("zoo", "iso_importer", Map.of(), T1));
        store().putDistributor(Distributor.of("zoo", "d1", "iso_distributor", Map.of(), false, T1));

        assertThat(store().delete("zoo")).isTrue();

        assertThat(store().find("zoo")).isEmpty();
        assertThat(store().importer("zoo")).isEmpty();
        assertThat(store().distributors("zoo")).isEmpty();
        assertThat(store().delete("zoo")).isFalse();
    }

    @Test
    void content_counts_and_sync_and_publish_stamps_are_recorded() {
        zoo();
        store().setImporter(Importer.of("zoo", "iso_importer", Map.of(), T1));
        store().putDistributor(Distributor.of("zoo", "d1", "iso_distributor", Map.of(), false, T1));

        Repository counted = store().updateContent("zoo", Map.of("iso", 3L), T2, null).orElseThrow();
        assertThat(counted.contentUnitCounts()).isEqualTo(Map.of("iso", 3L));
        assertThat(counted.lastUnitAdded()).isEqualTo(T2);
        assertThat(counted.lastUnitRemoved()).isNull();
        assertThat(store().updateContent("zoo", Map.of(), null, T2).orElseThrow().lastUnitAdded()).isEqualTo(T2);
        assertThat(store().find("zoo").orElseThrow().lastUnitRemoved()).isEqualTo(T2);
        assertThat(store().updateContent("gone", Map.of(), null, null)).isEmpty();

        assertThat(store().markSynced("zoo", T2)).isTrue();
        assertThat(store().importer("zoo").orElseThrow().lastSync()).isEqualTo(T2);
        assertThat(store().markPublished("zoo", "d1", T2)).isTrue();
        assertThat(store().distributor("zoo", "d1").orElseThrow().lastPublish()).isEqualTo(T2);
        assertThat(store().markPublished("zoo", "d2", T2)).isFalse();
        assertThat(store().markSynced("gone", T2)).isFalse();
    }
}
