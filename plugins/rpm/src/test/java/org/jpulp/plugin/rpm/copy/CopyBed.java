package org.jpulp.plugin.rpm.copy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jpulp.common.content.AssociatedUnit;
import org.jpulp.common.content.Unit;
import org.jpulp.common.content.mongo.MongoPluginDocuments;
import org.jpulp.common.content.mongo.MongoRepoContentUnits;
import org.jpulp.common.content.mongo.MongoUnitSearch;
import org.jpulp.common.content.mongo.MongoUnitStore;
import org.jpulp.common.criteria.UnitAssociationCriteria;
import org.jpulp.common.plugin.AssociationContexts;
import org.jpulp.common.plugin.AssociationReport;
import org.jpulp.common.plugin.PluginConfig;
import org.jpulp.common.plugin.TaskPluginContexts;
import org.jpulp.common.schema.MigrationRunner;
import org.jpulp.common.schema.PlatformMigrations;
import org.jpulp.plugin.rpm.RpmMigrations;
import org.jpulp.plugin.rpm.RpmUnits;
import org.jpulp.plugin.rpm.sync.YumImporter;
import org.jpulp.plugin.rpm.testbed.RpmTestBed;
import org.jpulp.testing.time.MutableClock;

/**
 * An {@link RpmTestBed} on MongoDB with copy and unassociate contexts built as the worker's associate and unassociate
 * tasks build them: matched units from the criteria, the importer config under the call's {@code override_config}.
 */
final class CopyBed {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    final RpmTestBed bed;
    private final MongoUnitSearch search;

    CopyBed(MongoDatabase db, Path dir) {
        db.drop();
        MigrationRunner migrations = new MigrationRunner(db);
        migrations.run(PlatformMigrations.migrations());
        migrations.run(RpmMigrations.migrations());
        MutableClock clock = new MutableClock();
        bed = new RpmTestBed(dir, new MongoUnitStore(db, RpmUnits.ALL, clock), new MongoRepoContentUnits(db, clock),
                new MongoPluginDocuments(db));
        search = new MongoUnitSearch(db, RpmUnits.ALL);
    }

    static UnitAssociationCriteria criteria(Map<String, Object> json) {
        return UnitAssociationCriteria.parse(MAPPER.valueToTree(json));
    }

    static UnitAssociationCriteria byType(String typeId) {
        return criteria(Map.of("type_ids", List.of(typeId)));
    }

    AssociationReport copy(String source, String destination, UnitAssociationCriteria criteria,
                           Map<String, Object> overrideConfig) throws Exception {
        PluginConfig config = PluginConfig.layered(Map.of(), Map.of(), overrideConfig);
        return bed.importer.copy(AssociationContexts.copy(TaskPluginContexts.sync(bed.newTask(), YumImporter.ID,
                destination, config, bed.services()), source, matched(source, criteria), criteria, search));
    }

    AssociationReport unassociate(String repoId, UnitAssociationCriteria criteria) throws Exception {
        return bed.importer.unassociate(AssociationContexts.unassociate(TaskPluginContexts.sync(bed.newTask(),
                YumImporter.ID, repoId, new PluginConfig(Map.of()), bed.services()), matched(repoId, criteria),
                criteria, search));
    }

    private List<Unit> matched(String repoId, UnitAssociationCriteria criteria) {
        Map<String, List<String>> idsByType = new LinkedHashMap<>();
        for (AssociatedUnit a : search.associations(repoId, criteria)) {
            idsByType.computeIfAbsent(a.typeId(), t -> new ArrayList<>()).add(a.unitId());
        }
        List<Unit> units = new ArrayList<>();
        idsByType.forEach((type, ids) -> units.addAll(bed.units.get(type, ids)));
        return units;
    }

    /** "name-version" of the repository's rpms, sorted. */
    List<String> rpms(String repoId) {
        return bed.repoUnits(repoId, RpmUnits.RPM).stream()
                .map(u -> u.key().get("name") + "-" + u.key().get("version")).sorted().toList();
    }
}
