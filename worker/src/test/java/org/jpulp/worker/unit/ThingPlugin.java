package org.jpulp.worker.unit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jpulp.common.content.Unit;
import org.jpulp.common.criteria.UnitAssociationCriteria;
import org.jpulp.common.plugin.AssociationContexts;
import org.jpulp.common.plugin.AssociationReport;
import org.jpulp.common.plugin.ConfigCheck;
import org.jpulp.common.plugin.ContentPlugin;
import org.jpulp.common.plugin.CopyContext;
import org.jpulp.common.plugin.ImporterType;
import org.jpulp.common.plugin.PluginConfig;
import org.jpulp.common.plugin.UnitAssociations;
import org.jpulp.common.plugin.UnitTypeDefinition;

/**
 * A test plugin shaped like the RPM plugin's recursive copy: unit type {@code thing} (key {@code name}, metadata
 * {@code requires}: names of other things) and {@code thing_importer}, whose copy with {@code recursive: true} in the
 * override config also copies the source's things the matched ones require.
 */
final class ThingPlugin implements ContentPlugin {

    static final String TYPE = "thing";
    static final String IMPORTER = "thing_importer";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public String id() {
        return "thing";
    }

    @Override
    public List<UnitTypeDefinition> unitTypes() {
        return List.of(new UnitTypeDefinition(TYPE, "Thing", "a test unit", List.of("name"), List.of(), List.of()));
    }

    @Override
    public List<ImporterType> importers() {
        return List.of(new ImporterType() {
            @Override
            public String id() {
                return IMPORTER;
            }

            @Override
            public String displayName() {
                return "Thing importer";
            }

            @Override
            public List<String> supportedTypes() {
                return List.of(TYPE);
            }

            @Override
            public ConfigCheck validateConfig(String repoId, PluginConfig config) {
                return ConfigCheck.ok();
            }

            @Override
            public AssociationReport copy(CopyContext context) {
                if (!Boolean.TRUE.equals(context.config().get("recursive"))) {
                    return UnitAssociations.copyAll(context);
                }
                List<Unit> all = new ArrayList<>(context.matchedUnits());
                List<String> required = context.matchedUnits().stream()
                        .flatMap(u -> ((List<?>) u.metadata().getOrDefault("requires", List.of())).stream())
                        .map(String::valueOf).toList();
                if (!required.isEmpty()) {
                    UnitAssociationCriteria deps = UnitAssociationCriteria.parse(MAPPER.valueToTree(Map.of(
                            "type_ids", List.of(TYPE), "filters", Map.of("unit", Map.of("name",
                                    Map.of("$in", required))))));
                    List<String> ids = context.search().associations(context.sourceRepoId(), deps).stream()
                            .map(a -> a.unitId()).toList();
                    all.addAll(context.units().get(TYPE, ids));
                }
                return UnitAssociations.copyAll(AssociationContexts.copy(context, context.sourceRepoId(), all,
                        context.criteria(), context.search()));
            }
        });
    }
}
