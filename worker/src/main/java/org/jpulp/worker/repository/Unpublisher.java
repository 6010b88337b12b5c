package org.jpulp.worker.repository;

import jakarta.inject.Inject;
import org.jpulp.common.plugin.PluginConfig;
import org.jpulp.common.plugin.PluginServices;
import org.jpulp.common.plugin.TaskPluginContexts;
import org.jpulp.common.repository.Distributor;
import org.jpulp.common.task.TaskContext;

/** Takes down what a distributor published (distributor or repository removed), with its stored config. */
final class Unpublisher {

    private final Repositories repositories;
    private final PluginServices services;

    @Inject
    Unpublisher(Repositories repositories, PluginServices services) {
        this.repositories = repositories;
        this.services = services;
    }

    void unpublish(TaskContext context, Distributor d) throws Exception {
        repositories.distributorType(d.distributorTypeId()).unpublish(TaskPluginContexts.publish(context,
                d.distributorId(), d.repoId(), PluginConfig.layered(java.util.Map.of(), d.config(), null), services));
    }
}
