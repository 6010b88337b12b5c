package org.jpulp.common.plugin;

import java.nio.file.Path;
import java.time.Clock;
import org.jpulp.common.content.ContentStore;
import org.jpulp.common.content.PluginDocuments;
import org.jpulp.common.content.RepoContentUnits;
import org.jpulp.common.content.UnitStore;

/**
 * What an importer or distributor sees while it works on one repository: its effective config, scratch space,
 * the content model, progress reporting and cancellation. An interface so that the worker, tests and tools can each
 * supply their own; {@link TaskPluginContexts} builds them on a {@link org.jpulp.common.task.TaskContext}.
 */
public interface PluginContext {

    String repoId();

    /** Defaults, overlaid by the stored config, overlaid by the call's {@code override_config}. */
    PluginConfig config();

    /** Scratch space of this call only, removed afterwards. */
    Path workingDirectory();

    ContentStore contentStore();

    UnitStore units();

    RepoContentUnits associations();

    Clock clock();

    /** The plugin's documents beside its units ({@code erratum_pkglists}, sync records, ...). */
    default PluginDocuments documents() {
        throw new UnsupportedOperationException("this context keeps no plugin documents");
    }

    /**
     * Replaces this plugin's entry of the task's {@code progress_report} (keyed by importer type id for syncs and
     * uploads, by distributor id for publishes). Cheap enough to call on every file.
     */
    void reportProgress(Object report);

    /** Throws {@link org.jpulp.common.task.TaskCanceledException} once the task has been canceled. */
    void checkCanceled();

    boolean isCanceled();
}
