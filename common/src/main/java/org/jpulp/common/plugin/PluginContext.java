package org.jpulp.common.plugin;

import com.mongodb.client.MongoDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.jpulp.common.content.ContentStore;
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

    /**
     * The database, for a plugin's own collections beyond units and associations (e.g. the RPM plugin's
     * {@code erratum_pkglists}); empty where the caller runs without one.
     */
    default Optional<MongoDatabase> database() {
        return Optional.empty();
    }

    Clock clock();

    /**
     * Replaces this plugin's entry of the task's {@code progress_report} (keyed by importer type id for syncs and
     * uploads, by distributor id for publishes). Cheap enough to call on every file.
     */
    void reportProgress(Object report);

    /** Throws {@link org.jpulp.common.task.TaskCanceledException} once the task has been canceled. */
    void checkCanceled();

    boolean isCanceled();
}
