package org.jpulp.worker.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Updates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jpulp.common.content.OrphanTasks;
import org.jpulp.common.content.Unit;
import org.jpulp.common.error.MissingResource;
import org.jpulp.common.task.TaskRequest;
import org.jpulp.common.task.TaskType;
import org.jpulp.plugin.iso.sync.IsoImporter;
import org.jpulp.testing.mongo.EmbeddedMongoExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Orphan removal tasks on the embedded MongoDB: documents and files go, held units and shared files stay. */
@ExtendWith(EmbeddedMongoExtension.class)
class DeleteOrphansTasksTest {

    @TempDir
    Path dir;
    private UnitTestBed bed;

    @BeforeEach
    void setUp(MongoDatabase db) {
        bed = new UnitTestBed(db, dir);
    }

    @Test
    void deleting_all_orphans_removes_their_documents_and_files_and_keeps_held_units() throws Exception {
        Unit orphan = bed.iso("orphan.iso", "o");
        Unit held = bed.iso("held.iso", "h");
        Unit thing = bed.thing("lonely");
        bed.repo("r", IsoImporter.ID).associate("r", held);
        TaskRequest request = OrphanTasks.deleteAll();

        Object result = run(OrphanTasks.DELETE_ALL, request);

        assertThat(request.resources()).isEmpty();
        assertThat(request.tags()).containsExactly("pulp:content_unit:orphans");
        assertThat(UnitTestBed.json(result)).isEqualTo(Map.of("iso", 1, "thing", 1));
        assertThat(bed.services.units().get("iso", orphan.id())).isEmpty();
        assertThat(bed.services.units().get("thing", thing.id())).isEmpty();
        assertThat(Path.of(orphan.storagePath())).doesNotExist();
        assertThat(Path.of(orphan.storagePath()).getParent()).doesNotExist();
        assertThat(bed.services.units().get("iso", held.id())).isPresent();
        assertThat(Path.of(held.storagePath())).exists();
        assertThat(bed.orphans.counts()).isEqualTo(Map.of("iso", 0L, "thing", 0L));
    }

    @Test
    void a_file_another_unit_still_points_at_stays() throws Exception {
        Unit orphan = bed.iso("shared.iso", "s");
        Unit held = bed.iso("other.iso", "x");
        bed.repo("r", IsoImporter.ID).associate("r", held);
        bed.db.getCollection("units_iso").updateOne(eq("_id", held.id()),
                Updates.set("_storage_path", orphan.storagePath()));

        run(OrphanTasks.DELETE_BY_TYPE, OrphanTasks.deleteByType("iso"));

        assertThat(bed.services.units().get("iso", orphan.id())).isEmpty();
        assertThat(Path.of(orphan.storagePath())).exists();
    }

    @Test
    void a_storage_path_outside_the_content_store_is_never_deleted() throws Exception {
        Unit orphan = bed.iso("evil.iso", "e");
        Path outside = Files.writeString(dir.resolve("precious.txt"), "keep me");
        bed.db.getCollection("units_iso").updateOne(eq("_id", orphan.id()),
                Updates.set("_storage_path", outside.toString()));

        run(OrphanTasks.DELETE_ALL, OrphanTasks.deleteAll());

        assertThat(bed.services.units().get("iso", orphan.id())).isEmpty();
        assertThat(outside).hasContent("keep me");
    }

    @Test
    void storage_paths_that_escape_through_dots_links_or_are_no_paths_are_left_alone() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Path victim = Files.writeString(outside.resolve("victim.iso"), "keep me");
        Path units = bed.layout.contentUnits();
        Files.createDirectories(units);
        Files.createSymbolicLink(units.resolve("link"), outside);
        Unit dots = bed.iso("dots.iso", "d");
        Unit linked = bed.iso("linked.iso", "l");
        Unit nul = bed.iso("nul.iso", "n");
        setPath(dots, units.resolve("iso/../../../outside/victim.iso").toString());
        setPath(linked, units.resolve("link/victim.iso").toString());
        setPath(nul, units + "/x\u0000y");

        Object result = run(OrphanTasks.DELETE_ALL, OrphanTasks.deleteAll());

        assertThat(UnitTestBed.json(result)).isEqualTo(Map.of("iso", 3, "thing", 0));
        assertThat(victim).hasContent("keep me");
    }

    private void setPath(Unit unit, String path) {
        bed.db.getCollection("units_iso").updateOne(eq("_id", unit.id()), Updates.set("_storage_path", path));
    }

    @Test
    void deleting_by_type_touches_only_that_type_and_an_unknown_type_is_missing() throws Exception {
        Unit iso = bed.iso("a.iso", "a");
        Unit thing = bed.thing("t");

        Object result = run(OrphanTasks.DELETE_BY_TYPE, OrphanTasks.deleteByType("thing"));

        assertThat(UnitTestBed.json(result)).isEqualTo(Map.of("thing", 1));
        assertThat(bed.services.units().get("thing", thing.id())).isEmpty();
        assertThat(bed.services.units().get("iso", iso.id())).isPresent();
        assertThatThrownBy(() -> run(OrphanTasks.DELETE_BY_TYPE, OrphanTasks.deleteByType("nope")))
                .isInstanceOf(MissingResource.class).hasMessageContaining("content_type=nope");
    }

    @Test
    void deleting_by_id_deletes_only_the_listed_units_that_are_still_orphans() throws Exception {
        Unit listed = bed.iso("listed.iso", "l");
        Unit unlisted = bed.iso("unlisted.iso", "u");
        Unit held = bed.iso("held.iso", "h");
        bed.repo("r", IsoImporter.ID).associate("r", held);
        TaskRequest request = OrphanTasks.deleteByIds(List.of(Map.of("content_type_id", "iso", "unit_id",
                listed.id()), Map.of("content_type_id", "iso", "unit_id", held.id()),
                Map.of("content_type_id", "nope", "unit_id", "x")), true);

        Object result = run(OrphanTasks.DELETE_BY_ID, request);

        assertThat(request.tags()).containsExactly("pulp:content_unit:orphans", "pulp:action:delete_orphans");
        assertThat(UnitTestBed.json(result)).isEqualTo(Map.of("iso", 1));
        assertThat(bed.services.units().get("iso", listed.id())).isEmpty();
        assertThat(bed.services.units().get("iso", unlisted.id())).isPresent();
        assertThat(bed.services.units().get("iso", held.id())).isPresent();
    }

    @Test
    void many_orphans_are_deleted_in_batches() throws Exception {
        for (int i = 0; i < 2_100; i++) {
            bed.thing("t" + i);
        }
        bed.repo("r", null).associate("r", bed.thing("kept"));

        Object result = run(OrphanTasks.DELETE_ALL, OrphanTasks.deleteAll());

        assertThat(UnitTestBed.json(result)).isEqualTo(Map.of("iso", 0, "thing", 2_100));
        assertThat(bed.services.units().count("thing")).isEqualTo(1);
    }

    private Object run(String name, TaskRequest request) throws Exception {
        TaskType type = bed.orphanTasks().types().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow();
        return type.run(bed.context(request));
    }
}
