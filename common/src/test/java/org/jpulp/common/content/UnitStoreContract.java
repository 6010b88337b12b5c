package org.jpulp.common.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jpulp.common.plugin.UnitTypeDefinition;
import org.jpulp.testing.time.MutableClock;
import org.junit.jupiter.api.Test;

/** Behaviour every {@link UnitStore} shares; subclasses supply an empty store knowing {@link #TYPES}. */
public abstract class UnitStoreContract {

    public static final UnitTypeDefinition FILE = new UnitTypeDefinition("file", "File", "test files",
            List.of("name", "checksum", "size"), List.of(), List.of());
    public static final UnitTypeDefinition NOTE = new UnitTypeDefinition("note", "Note", "test units without files",
            List.of("id"), List.of(), List.of());
    public static final List<UnitTypeDefinition> TYPES = List.of(FILE, NOTE);
    protected static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");

    protected final MutableClock clock = new MutableClock(T0);

    protected abstract UnitStore store();

    private static UnitKey file(String name, long size) {
        return UnitKey.of("file", Map.of("name", name, "checksum", "c-" + name, "size", size));
    }

    @Test
    void stores_a_unit_once_per_key_and_returns_the_existing_one_afterwards() {
        UnitStore s = store();
        Unit first = s.insertIfAbsent(new NewUnit(file("a.iso", 3), Map.of("extra", "x"), "/store/a.iso"));
        clock.advance(java.time.Duration.ofMinutes(1));
        Unit again = s.insertIfAbsent(NewUnit.withFile(file("a.iso", 3L), "/elsewhere"));

        assertThat(again).isEqualTo(first);
        assertThat(first.metadata()).containsExactly(Map.entry("extra", "x"));
        assertThat(first.storagePath()).isEqualTo("/store/a.iso");
        assertThat(first.downloaded()).isTrue();
        assertThat(first.lastUpdated()).isEqualTo(T0);
        assertThat(first.userMetadata()).isEmpty();
        assertThat(first.id()).matches("[0-9a-f-]{36}");
        assertThat(s.count("file")).isEqualTo(1);
    }

    @Test
    void finds_units_by_key_and_by_id() {
        UnitStore s = store();
        Unit a = s.insertIfAbsent(NewUnit.withFile(file("a.iso", 3), "/a"));
        Unit b = s.insertIfAbsent(NewUnit.withFile(file("b.iso", 4), "/b"));

        assertThat(s.find(file("a.iso", 3))).contains(a);
        assertThat(s.find(file("a.iso", 4))).isEmpty();
        assertThat(s.get("file", b.id())).contains(b);
        assertThat(s.get("note", b.id())).as("right id, other type").isEmpty();
        assertThat(s.get("file", List.of(a.id(), b.id(), "missing", a.id()))).containsExactlyInAnyOrder(a, b);
    }

    @Test
    void a_projected_read_answers_the_key_and_only_the_named_metadata() {
        UnitStore s = store();
        Unit a = s.insertIfAbsent(new NewUnit(file("a.iso", 3), Map.of("big", "x".repeat(100), "small", 1L), "/a"));
        s.insertIfAbsent(new NewUnit(file("b.iso", 4), Map.of("small", 2L), null));

        List<Unit> read = s.get("file", List.of(a.id()), List.of("small", "absent"));

        assertThat(read).singleElement().satisfies(u -> {
            assertThat(u.id()).isEqualTo(a.id());
            assertThat(u.key()).isEqualTo(a.key());
            assertThat(u.metadata()).containsExactly(Map.entry("small", 1L));
            assertThat(u.storagePath()).isEqualTo("/a");
            assertThat(u.downloaded()).isTrue();
        });
    }

    @Test
    void keys_compare_by_value_so_a_size_stored_as_long_matches_an_int() {
        UnitStore s = store();
        Unit a = s.insertIfAbsent(NewUnit.withFile(file("a.iso", 3L), "/a"));

        assertThat(s.find(UnitKey.of("file", Map.of("name", "a.iso", "checksum", "c-a.iso", "size", 3))))
                .map(Unit::id).contains(a.id());
        assertThat(s.find(UnitKey.of("file", Map.of("name", "a.iso", "checksum", "c-a.iso", "size", 3)))
                .orElseThrow().key()).isEqualTo(a.key());
    }

    @Test
    void units_without_a_file_are_not_downloaded() {
        Unit note = store().insertIfAbsent(new NewUnit(UnitKey.of("note", Map.of("id", "n1")), Map.of("text", "hi"),
                null));

        assertThat(note.storagePath()).isNull();
        assertThat(note.downloaded()).isFalse();
    }

    @Test
    void mark_downloaded_sets_the_path_and_bumps_last_updated() {
        UnitStore s = store();
        Unit u = s.insertIfAbsent(new NewUnit(file("a.iso", 3), Map.of(), null));
        clock.advance(java.time.Duration.ofSeconds(90));

        Unit marked = s.markDownloaded("file", u.id(), "/store/a.iso");

        assertThat(marked.downloaded()).isTrue();
        assertThat(marked.storagePath()).isEqualTo("/store/a.iso");
        assertThat(marked.lastUpdated()).isEqualTo(T0.plusSeconds(90));
        assertThat(s.get("file", u.id())).contains(marked);
    }

    @Test
    void delete_removes_the_unit_and_frees_its_key() {
        UnitStore s = store();
        Unit u = s.insertIfAbsent(NewUnit.withFile(file("a.iso", 3), "/a"));

        assertThat(s.delete("file", u.id())).isTrue();
        assertThat(s.delete("file", u.id())).isFalse();
        assertThat(s.find(file("a.iso", 3))).isEmpty();
        assertThat(s.insertIfAbsent(NewUnit.withFile(file("a.iso", 3), "/a")).id()).isNotEqualTo(u.id());
    }

    @Test
    void concurrent_inserts_of_one_key_store_one_unit() throws Exception {
        UnitStore s = store();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            Callable<String> insert = () -> s.insertIfAbsent(NewUnit.withFile(file("race.iso", 1), "/r")).id();
            List<Future<String>> ids = pool.invokeAll(IntStream.range(0, 16).mapToObj(i -> insert).toList());
            Set<String> distinct = ids.stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }).collect(Collectors.toSet());

            assertThat(distinct).hasSize(1);
            assertThat(s.count("file")).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void rejects_unknown_types_and_keys_with_other_fields() {
        UnitStore s = store();

        assertThatThrownBy(() -> s.find(UnitKey.of("rpm", Map.of("name", "x")))).hasMessageContaining("rpm");
        assertThatThrownBy(() -> s.insertIfAbsent(NewUnit.withFile(UnitKey.of("file", Map.of("name", "x")), "/x")))
                .hasMessageContaining("[checksum, name, size]");
    }

    @Test
    void bulk_insert_stores_new_units_once_and_returns_existing_ones_in_order() {
        UnitStore s = store();
        Unit old = s.insertIfAbsent(NewUnit.withFile(file("old.iso", 1), "/old"));
        List<NewUnit> batch = IntStream.range(0, 1200).mapToObj(i -> NewUnit.withFile(file("n" + i, i), "/n" + i))
                .collect(Collectors.toList());
        batch.add(0, NewUnit.withFile(file("old.iso", 1), "/elsewhere"));
        batch.add(NewUnit.withFile(file("n7", 7), "/dup"));

        List<Unit> stored = s.insertAllIfAbsent(batch);

        assertThat(stored).hasSize(batch.size());
        assertThat(stored.get(0)).isEqualTo(old);
        assertThat(stored.get(8).key()).isEqualTo(file("n7", 7));
        assertThat(stored.get(stored.size() - 1)).isEqualTo(stored.get(8));
        assertThat(stored.get(8).storagePath()).isEqualTo("/n7");
        assertThat(s.count("file")).isEqualTo(1201);
        assertThat(s.insertAllIfAbsent(List.of())).isEmpty();
    }

    @Test
    void finds_many_units_by_key_and_reads_keys_by_id() {
        UnitStore s = store();
        List<Unit> units = s.insertAllIfAbsent(IntStream.range(0, 700)
                .mapToObj(i -> new NewUnit(file("k" + i, i), Map.of("big", "x".repeat(100)), "/k" + i)).toList());

        List<Unit> found = s.findAll("file", List.of(file("k3", 3), file("k650", 650), file("missing", 1)));
        Map<String, UnitKey> keys = s.keys("file", units.stream().map(Unit::id).toList());

        assertThat(found).extracting(Unit::id).containsExactlyInAnyOrder(units.get(3).id(), units.get(650).id());
        assertThat(keys).hasSize(700).containsEntry(units.get(42).id(), file("k42", 42));
        assertThatThrownBy(() -> s.findAll("file", List.of(UnitKey.of("note", Map.of("id", "n")))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void update_metadata_sets_fields_and_keeps_the_others() {
        UnitStore s = store();
        Unit u = s.insertIfAbsent(new NewUnit(UnitKey.of("note", Map.of("id", "n1")),
                Map.of("title", "old", "kept", "k"), null));
        clock.advance(java.time.Duration.ofMinutes(1));

        Unit updated = s.updateMetadata("note", u.id(), Map.of("title", "new", "added", List.of("a")));

        assertThat(updated.metadata()).containsEntry("title", "new").containsEntry("kept", "k")
                .containsEntry("added", List.of("a"));
        assertThat(updated.lastUpdated()).isEqualTo(T0.plusSeconds(60));
        assertThat(s.get("note", u.id()).orElseThrow().metadata()).isEqualTo(updated.metadata());
        assertThatThrownBy(() -> s.updateMetadata("note", u.id(), Map.of("id", "other")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bulk_mark_downloaded_sets_paths_of_many_units() {
        UnitStore s = store();
        List<Unit> units = s.insertAllIfAbsent(IntStream.range(0, 600)
                .mapToObj(i -> new NewUnit(file("m" + i, i), Map.of(), null)).toList());
        assertThat(units).noneMatch(Unit::downloaded);

        s.markAllDownloaded("file", units.stream().collect(Collectors.toMap(Unit::id, u -> "/p/" + u.key().get("name"))));

        assertThat(s.get("file", units.stream().map(Unit::id).toList())).hasSize(600)
                .allSatisfy(u -> assertThat(u.storagePath()).isEqualTo("/p/" + u.key().get("name")))
                .allMatch(Unit::downloaded);
    }
}
