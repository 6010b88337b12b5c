package org.jpulp.common.plugin;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import org.jpulp.common.content.ContentStore;
import org.jpulp.common.content.PluginDocuments;
import org.jpulp.common.content.RepoContentUnits;
import org.jpulp.common.content.UnitStore;
import org.jpulp.common.task.TaskContext;

/**
 * Plugin contexts backed by a running task: progress goes to the task's {@code progress_report} under the right key,
 * cancellation and the working directory are the task's. What the worker's sync, publish and upload task types use.
 */
public final class TaskPluginContexts {

    private TaskPluginContexts() {
    }

    public static SyncContext sync(TaskContext task, String importerTypeId, String repoId, PluginConfig config,
                                   PluginServices services) {
        return new Sync(task, importerTypeId, repoId, config, services);
    }

    public static PublishContext publish(TaskContext task, String distributorId, String repoId, PluginConfig config,
                                         PluginServices services) {
        return new Publish(task, distributorId, repoId, config, services);
    }

    public static UploadContext upload(TaskContext task, String importerTypeId, String repoId, PluginConfig config,
                                       PluginServices services, UploadRequest request) {
        return new Upload(task, importerTypeId, repoId, config, services, request);
    }

    private abstract static class Base implements PluginContext {
        private final TaskContext task;
        private final String reportId;
        private final String repoId;
        private final PluginConfig config;
        private final PluginServices services;

        Base(TaskContext task, String reportId, String repoId, PluginConfig config, PluginServices services) {
            this.task = Objects.requireNonNull(task, "task");
            this.reportId = Objects.requireNonNull(reportId, "reportId");
            this.repoId = Objects.requireNonNull(repoId, "repoId");
            this.config = Objects.requireNonNull(config, "config");
            this.services = Objects.requireNonNull(services, "services");
        }

        @Override
        public String repoId() {
            return repoId;
        }

        @Override
        public PluginConfig config() {
            return config;
        }

        @Override
        public Path workingDirectory() {
            return task.workingDirectory();
        }

        @Override
        public ContentStore contentStore() {
            return services.contentStore();
        }

        @Override
        public UnitStore units() {
            return services.units();
        }

        @Override
        public RepoContentUnits associations() {
            return services.associations();
        }

        @Override
        public Clock clock() {
            return services.clock();
        }

        @Override
        public PluginDocuments documents() {
            return services.documents();
        }

        @Override
        public void reportProgress(Object report) {
            task.reportProgress(reportId, report);
        }

        @Override
        public void checkCanceled() {
            task.checkCanceled();
        }

        @Override
        public boolean isCanceled() {
            return task.isCanceled();
        }
    }

    private static final class Sync extends Base implements SyncContext {
        Sync(TaskContext task, String reportId, String repoId, PluginConfig config, PluginServices services) {
            super(task, reportId, repoId, config, services);
        }
    }

    private static final class Publish extends Base implements PublishContext {
        private final String distributorId;

        Publish(TaskContext task, String distributorId, String repoId, PluginConfig config, PluginServices services) {
            super(task, distributorId, repoId, config, services);
            this.distributorId = distributorId;
        }

        @Override
        public String distributorId() {
            return distributorId;
        }
    }

    private static final class Upload extends Base implements UploadContext {

        private final UploadRequest request;

        Upload(TaskContext task, String reportId, String repoId, PluginConfig config, PluginServices services,
               UploadRequest request) {
            super(task, reportId, repoId, config, services);
            this.request = Objects.requireNonNull(request, "request");
        }

        @Override
        public String unitTypeId() {
            return request.unitTypeId();
        }

        @Override
        public Map<String, Object> unitKey() {
            return request.unitKey();
        }

        @Override
        public Map<String, Object> unitMetadata() {
            return request.unitMetadata();
        }

        @Override
        public Path file() {
            return request.file();
        }
    }
}
