package org.jpulp.worker.unit;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jpulp.common.content.Unit;
import org.jpulp.common.content.UnitSearch;
import org.jpulp.common.criteria.UnitAssociationCriteria;
import org.jpulp.common.error.MissingResource;
import org.jpulp.common.error.PulpException;
import org.jpulp.common.plugin.AssociationContexts;
import org.jpulp.common.plugin.AssociationReport;
import org.jpulp.common.plugin.ImporterType;
import org.jpulp.common.plugin.PluginConfig;
import org.jpulp.common.plugin.PluginException;
import org.jpulp.common.plugin.PluginRegistry;
import org.jpulp.common.plugin.PluginServices;
import org.jpulp.common.plugin.TaskPluginContexts;
import org.jpulp.common.repository.Importer;
import org.jpulp.common.repository.RepositoryStore;
import org.jpulp.common.repository.UnitAssociationTasks;
import org.jpulp.common.task.TaskContext;
import org.jpulp.common.task.TaskType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@value UnitAssociationTasks#ASSOCIATE}: copies the source repository's units the criteria select into the
 * destination, through the destination importer's {@link ImporterType#copy} (so an importer can copy related units
 * as well) with its config under the call's {@code override_config}. The importer must support the type of every
 * matched unit, else the task fails with PLP0044 (as in Pulp 2; nothing matched copies nothing). Refreshes
 * the destination's unit counts and {@code last_unit_added}; the result is {@code {"units_successful": [...]}}.
 */
public final class AssociateTask implements TaskType {

    private static final Logger LOG = LoggerFactory.getLogger(AssociateTask.class);

    private final RepositoryStore store;
    private final PluginRegistry plugins;
    private final PluginServices services;
    private final UnitSearch search;
    private final Clock clock;

    @Inject
    public AssociateTask(RepositoryStore store, PluginRegistry plugins, PluginServices services, UnitSearch search,
                         Clock clock) {
        this.store = store;
        this.plugins = plugins;
        this.services = services;
        this.search = search;
        this.clock = clock;
    }

    @Override
    public String name() {
        return UnitAssociationTasks.ASSOCIATE;
    }

    @Override
    public Object run(TaskContext context) throws Exception {
        String sourceId = UnitTaskArgs.text(context, "source_repo_id");
        String destId = UnitTaskArgs.text(context, "dest_repo_id");
        UnitAssociationCriteria criteria = UnitTaskArgs.criteria(context);
        RepositoryUnits.require(store, sourceId);
        RepositoryUnits.require(store, destId);
        Importer importer = store.importer(destId).orElseThrow(() -> MissingResource.of("repository", destId,
                "importer", "(none)"));
        ImporterType type = plugins.importer(importer.importerTypeId()).orElseThrow(() -> new PluginException(
                "the importer type " + importer.importerTypeId() + " is not installed"));
        List<Unit> units = MatchedUnits.of(sourceId, criteria, search, services.units());
        if (units.isEmpty()) {
            LOG.info("copied nothing from repository {} to {}: no unit matched", sourceId, destId);
            return AssociationReport.of(List.of(), 0, 0).result();
        }
        checkSupported(type, units.stream().map(Unit::typeId).collect(java.util.stream.Collectors.toSet()));
        PluginConfig config = PluginConfig.layered(Map.of(), importer.config(),
                UnitTaskArgs.map(context, "override_config"));
        AssociationReport report = type.copy(AssociationContexts.copy(TaskPluginContexts.sync(context,
                importer.importerTypeId(), destId, config, services), sourceId, units, criteria, search));
        RepositoryUnits.refresh(store, services, destId, report, clock.instant());
        LOG.info("copied {} units from repository {} to {} ({} new)", report.units().size(), sourceId, destId,
                report.added());
        return report.result();
    }

    private static void checkSupported(ImporterType type, Collection<String> requested) {
        Set<String> unsupported = new TreeSet<>(requested);
        unsupported.removeAll(type.supportedTypes());
        if (!unsupported.isEmpty()) {
            throw new PulpException(400, "PLP0044", "The target importer " + type.id() + " does not support the "
                    + "types from the source: " + String.join(", ", unsupported) + " (it supports "
                    + String.join(", ", type.supportedTypes()) + ")",
                    Map.of("importer_type_id", type.id(), "unsupported_types", List.copyOf(unsupported)));
        }
    }
}
