package org.jpulp.worker.unit;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jpulp.common.content.Unit;
import org.jpulp.common.content.UnitSearch;
import org.jpulp.common.criteria.UnitAssociationCriteria;
import org.jpulp.common.plugin.AssociationContexts;
import org.jpulp.common.plugin.AssociationReport;
import org.jpulp.common.plugin.ImporterType;
import org.jpulp.common.plugin.PluginConfig;
import org.jpulp.common.plugin.PluginRegistry;
import org.jpulp.common.plugin.PluginServices;
import org.jpulp.common.plugin.TaskPluginContexts;
import org.jpulp.common.plugin.UnassociateContext;
import org.jpulp.common.plugin.UnitAssociations;
import org.jpulp.common.repository.Importer;
import org.jpulp.common.repository.RepositoryStore;
import org.jpulp.common.repository.UnitAssociationTasks;
import org.jpulp.common.task.TaskContext;
import org.jpulp.common.task.TaskType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@value UnitAssociationTasks#UNASSOCIATE}: removes the repository's units the criteria select (no
 * {@code type_ids}: every type), through its importer's {@link ImporterType#unassociate} when it has one (so an
 * importer can remove dependent units), otherwise directly. Refreshes the unit counts and, when something was
 * removed, {@code last_unit_removed}. The result is {@code {"units_successful": [...]}}; the units stay in the
 * content store (orphans until another repository takes them or orphans are deleted).
 */
public final class UnassociateTask implements TaskType {

    private static final Logger LOG = LoggerFactory.getLogger(UnassociateTask.class);

    private final RepositoryStore store;
    private final PluginRegistry plugins;
    private final PluginServices services;
    private final UnitSearch search;
    private final Clock clock;

    @Inject
    public UnassociateTask(RepositoryStore store, PluginRegistry plugins, PluginServices services, UnitSearch search,
                           Clock clock) {
        this.store = store;
        this.plugins = plugins;
        this.services = services;
        this.search = search;
        this.clock = clock;
    }

    @Override
    public String name() {
        return UnitAssociationTasks.UNASSOCIATE;
    }

    @Override
    public Object run(TaskContext context) throws Exception {
        String repoId = UnitTaskArgs.text(context, "repo_id");
        UnitAssociationCriteria criteria = UnitTaskArgs.criteria(context);
        RepositoryUnits.require(store, repoId);
        List<Unit> units = MatchedUnits.of(repoId, criteria, search, services.units());
        Optional<Importer> importer = store.importer(repoId);
        String reportId = importer.map(Importer::importerTypeId).orElse("unassociate");
        PluginConfig config = PluginConfig.layered(Map.of(), importer.map(Importer::config).orElse(Map.of()),
                Map.of());
        UnassociateContext unassociate = AssociationContexts.unassociate(TaskPluginContexts.sync(context, reportId,
                repoId, config, services), units, criteria, search);
        Optional<ImporterType> type = importer.flatMap(i -> plugins.importer(i.importerTypeId()));
        AssociationReport report = type.isPresent() ? type.get().unassociate(unassociate)
                : UnitAssociations.removeAll(unassociate);
        RepositoryUnits.refresh(store, services, repoId, report, clock.instant());
        LOG.info("removed {} units from repository {}", report.removed(), repoId);
        return report.units().isEmpty() ? Map.of() : report.result();
    }
}
