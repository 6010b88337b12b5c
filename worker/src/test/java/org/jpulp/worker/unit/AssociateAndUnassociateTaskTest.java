package org.jpulp.worker.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jpulp.common.content.Unit;
import org.jpulp.common.criteria.UnitAssociationCriteria;
import org.jpulp.common.error.MissingResource;
import org.jpulp.common.error.PulpException;
import org.jpulp.common.repository.Repository;
import org.jpulp.common.repository.UnitAssociationTasks;
import org.jpulp.common.task.Tags;
import org.jpulp.common.task.TaskRequest;
import org.jpulp.plugin.iso.IsoUnits;
import org.jpulp.plugin.iso.sync.IsoImporter;
import org.jpulp.testing.mongo.EmbeddedMongoExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Copy and unassociate tasks on the embedded MongoDB: ISO repositories, the importer's copy hook, errors. */
@ExtendWith(EmbeddedMongoExtension.class)
class AssociateAndUnassociateTaskTest {

    @TempDir
    Path dir;
    private UnitTestBed bed;

    @BeforeEach
    void setUp(MongoDatabase db) {
        bed = new UnitTestBed(db, dir);
    }

    @Test
    void copies_matched_isos_to_another_repository_and_unassociates_them_again() throws Exception {
        Unit one = bed.iso("one.iso", "first");
        Unit two = bed.iso("two.iso", "second");
        bed.repo("src", IsoImporter.ID).repo("dest", IsoImporter.ID).associate("src", one, two);
        TaskRequest copy = UnitAssociationTasks.associate("src", "dest", UnitTestBed.criteria(Map.of(
                "type_ids", List.of("iso"), "filters", Map.of("unit", Map.of("name", "one.iso")))), Map.of());

        Map<?, ?> result = UnitTestBed.json(bed.associateTask().run(bed.context(copy)));

        assertThat(copy.tags()).containsExactly(Tags.resource("repository", "dest"),
                Tags.resource("repository", "src"), "pulp:action:associate");
        assertThat(copy.resources()).containsExactly("repository:dest");
        assertThat(result).isEqualTo(Map.of("units_successful", List.of(Map.of("type_id", "iso", "unit_key",
                Map.of("name", "one.iso", "checksum", one.key().get("checksum"), "size", 5)))));
        assertThat(bed.services.associations().unitIds("dest", IsoUnits.TYPE_ID)).containsExactly(one.id());
        Repository dest = bed.store.find("dest").orElseThrow();
        assertThat(dest.contentUnitCounts()).isEqualTo(Map.of("iso", 1L));
        assertThat(dest.lastUnitAdded()).isEqualTo(UnitTestBed.NOW);

        bed.clock.set(UnitTestBed.NOW.plusSeconds(60));
        TaskRequest remove = UnitAssociationTasks.unassociate("dest", UnitAssociationCriteria.ALL);
        Map<?, ?> removed = UnitTestBed.json(bed.unassociateTask().run(bed.context(remove)));

        assertThat(remove.tags()).containsExactly("pulp:repository:dest", "pulp:action:unassociate");
        assertThat(removed.get("units_successful")).asList().hasSize(1);
        assertThat(bed.services.associations().unitIds("dest", IsoUnits.TYPE_ID)).isEmpty();
        assertThat(bed.services.associations().unitIds("src", IsoUnits.TYPE_ID)).hasSize(2);
        dest = bed.store.find("dest").orElseThrow();
        assertThat(dest.contentUnitCounts()).isEmpty();
        assertThat(dest.lastUnitRemoved()).isEqualTo(UnitTestBed.NOW.plusSeconds(60));
        assertThat(Files.exists(Path.of(one.storagePath()))).isTrue();
    }

    @Test
    void a_copied_iso_replaces_the_destinations_iso_of_the_same_name() throws Exception {
        Unit fresh = bed.iso("same.iso", "new content");
        Unit old = bed.iso("same.iso", "old");
        bed.repo("src", IsoImporter.ID).repo("dest", IsoImporter.ID).associate("src", fresh).associate("dest", old);

        bed.associateTask().run(bed.context(UnitAssociationTasks.associate("src", "dest", UnitAssociationCriteria.ALL,
                Map.of())));

        assertThat(bed.services.associations().unitIds("dest", IsoUnits.TYPE_ID)).containsExactly(fresh.id());
        assertThat(bed.store.find("dest").orElseThrow().lastUnitRemoved()).isEqualTo(UnitTestBed.NOW);
    }

    @Test
    void unassociate_with_nothing_matched_answers_an_empty_result_and_keeps_last_unit_removed() throws Exception {
        bed.repo("r", IsoImporter.ID).associate("r", bed.iso("a.iso", "a"));

        Object result = bed.unassociateTask().run(bed.context(UnitAssociationTasks.unassociate("r",
                UnitTestBed.criteria(Map.of("filters", Map.of("unit", Map.of("name", "nope.iso")))))));

        assertThat(UnitTestBed.json(result)).isEmpty();
        assertThat(bed.store.find("r").orElseThrow().lastUnitRemoved()).isNull();
        assertThat(bed.services.associations().countsByType("r")).isEqualTo(Map.of("iso", 1L));
    }

    @Test
    void the_destination_importer_decides_what_a_copy_takes_along() throws Exception {
        Unit app = bed.thing("app", "lib");
        Unit lib = bed.thing("lib");
        Unit other = bed.thing("other");
        bed.repo("src", ThingPlugin.IMPORTER).repo("plain", ThingPlugin.IMPORTER)
                .repo("deep", ThingPlugin.IMPORTER).associate("src", app, lib, other);
        UnitAssociationCriteria appOnly = UnitTestBed.criteria(Map.of("filters", Map.of("unit",
                Map.of("name", "app"))));

        bed.associateTask().run(bed.context(UnitAssociationTasks.associate("src", "plain", appOnly, Map.of())));
        Map<?, ?> deep = UnitTestBed.json(bed.associateTask().run(bed.context(UnitAssociationTasks.associate("src",
                "deep", appOnly, Map.of("recursive", true)))));

        assertThat(bed.services.associations().unitIds("plain", ThingPlugin.TYPE)).containsExactly(app.id());
        assertThat(bed.services.associations().unitIds("deep", ThingPlugin.TYPE))
                .containsExactlyInAnyOrder(app.id(), lib.id());
        assertThat(deep.get("units_successful")).asList().hasSize(2);
    }

    @Test
    void a_copy_of_types_the_destination_importer_does_not_support_fails_with_plp0044() throws Exception {
        bed.repo("things", ThingPlugin.IMPORTER).repo("isos", IsoImporter.ID).associate("things", bed.thing("x"));

        assertThatThrownBy(() -> bed.associateTask().run(bed.context(UnitAssociationTasks.associate("things", "isos",
                UnitAssociationCriteria.ALL, Map.of()))))
                .isInstanceOfSatisfying(PulpException.class, e -> {
                    assertThat(e.code()).isEqualTo("PLP0044");
                    assertThat(e.getMessage()).contains("iso_importer", "thing");
                });
        assertThat(bed.services.associations().countsByType("isos")).isEmpty();
        Object nothing = bed.associateTask().run(bed.context(UnitAssociationTasks.associate("things", "isos",
                UnitTestBed.criteria(Map.of("filters", Map.of("unit", Map.of("name", "none")))), Map.of())));
        assertThat(UnitTestBed.json(nothing)).isEqualTo(Map.of("units_successful", List.of()));
    }

    @Test
    void a_copy_needs_both_repositories_and_a_destination_importer() throws Exception {
        bed.repo("src", IsoImporter.ID).repo("bare", null);

        assertThatThrownBy(() -> bed.associateTask().run(bed.context(UnitAssociationTasks.associate("src", "gone",
                UnitAssociationCriteria.ALL, Map.of())))).isInstanceOf(MissingResource.class)
                .hasMessageContaining("repository=gone");
        assertThatThrownBy(() -> bed.associateTask().run(bed.context(UnitAssociationTasks.associate("src", "bare",
                UnitAssociationCriteria.ALL, Map.of())))).isInstanceOf(MissingResource.class)
                .hasMessageContaining("importer");
    }

    @Test
    void unassociate_of_a_repository_without_importer_removes_the_units_directly() throws Exception {
        Unit a = bed.thing("a");
        Unit b = bed.thing("b");
        bed.repo("r", null).associate("r", a, b);

        bed.unassociateTask().run(bed.context(UnitAssociationTasks.unassociate("r", UnitTestBed.criteria(Map.of(
                "type_ids", List.of("thing"), "filters", Map.of("unit", Map.of("name", Map.of("$in",
                        List.of("a")))))))));

        assertThat(bed.services.associations().unitIds("r", ThingPlugin.TYPE)).containsExactly(b.id());
    }
}
