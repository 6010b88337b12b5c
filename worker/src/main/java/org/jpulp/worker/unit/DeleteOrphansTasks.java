package org.jpulp.worker.unit;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jpulp.common.content.OrphanTasks;
import org.jpulp.common.content.Orphans;
import org.jpulp.common.error.MissingResource;
import org.jpulp.common.plugin.PluginRegistry;
import org.jpulp.common.plugin.UnitTypeDefinition;
import org.jpulp.common.task.TaskContext;
import org.jpulp.common.task.TaskType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The three orphan removal tasks of {@link OrphanTasks}: all orphans, the orphans of one type, or given units
 * (those that are still orphans). Each deletes the unit documents and their files (see {@link Orphans}); the result
 * is the number deleted per unit type.
 */
public final class DeleteOrphansTasks {

    private static final Logger LOG = LoggerFactory.getLogger(DeleteOrphansTasks.class);

    private final Orphans orphans;
    private final PluginRegistry plugins;

    @Inject
    public DeleteOrphansTasks(Orphans orphans, PluginRegistry plugins) {
        this.orphans = orphans;
        this.plugins = plugins;
    }

    public List<TaskType> types() {
        return List.of(
                task(OrphanTasks.DELETE_ALL, c -> orphans.deleteByType(plugins.unitTypes().stream()
                        .map(UnitTypeDefinition::id).toList())),
                task(OrphanTasks.DELETE_BY_TYPE, c -> {
                    String type = UnitTaskArgs.text(c, "content_type_id");
                    if (plugins.unitType(type).isEmpty()) {
                        throw new MissingResource("content_type", type);
                    }
                    return orphans.deleteByType(List.of(type));
                }),
                task(OrphanTasks.DELETE_BY_ID, c -> orphans.deleteByIds(byType(c.args().path("units")))));
    }

    private Map<String, List<String>> byType(JsonNode units) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (JsonNode u : units) {
            String type = u.path("content_type_id").asText();
            if (plugins.unitType(type).isPresent()) {
                out.computeIfAbsent(type, t -> new ArrayList<>()).add(u.path("unit_id").asText());
            }
        }
        return out;
    }

    private static TaskType task(String name, Function<TaskContext, Map<String, Long>> delete) {
        return new TaskType() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Object run(TaskContext context) {
                Map<String, Long> deleted = delete.apply(context);
                LOG.info("deleted {} orphan units ({})", deleted.values().stream().mapToLong(Long::longValue).sum(),
                        name.substring(name.lastIndexOf('.') + 1));
                return deleted;
            }
        };
    }
}
