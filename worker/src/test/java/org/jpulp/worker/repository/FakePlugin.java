package org.jpulp.worker.repository;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jpulp.common.plugin.ConfigCheck;
import org.jpulp.common.plugin.ContentPlugin;
import org.jpulp.common.plugin.DistributorType;
import org.jpulp.common.plugin.ImporterType;
import org.jpulp.common.plugin.PluginConfig;
import org.jpulp.common.plugin.PluginException;
import org.jpulp.common.plugin.PublishContext;
import org.jpulp.common.plugin.PublishReport;
import org.jpulp.common.plugin.SyncContext;
import org.jpulp.common.plugin.SyncReport;
import org.jpulp.common.plugin.UnitTypeDefinition;
import org.jpulp.common.plugin.UploadContext;
import org.jpulp.common.plugin.UploadReport;

/**
 * A content plugin for task tests: {@code fake_importer} associates the units listed in its {@code units} config
 * and fails with {@code fail}'s message, and takes uploads of units keyed by {@code name} (the file's content is
 * recorded; a key with {@code fail} answers a failure report); {@code fake_distributor} records publishes and unpublishes. Configs with
 * {@code bad} are refused.
 */
final class FakePlugin implements ContentPlugin {

    static final String TYPE = "fake_unit";

    final List<PluginConfig> syncConfigs = new CopyOnWriteArrayList<>();
    final List<String> published = new CopyOnWriteArrayList<>();
    final List<String> unpublished = new CopyOnWriteArrayList<>();
    final List<String> uploadedFiles = new CopyOnWriteArrayList<>();

    @Override
    public String id() {
        return "fake";
    }

    @Override
    public List<UnitTypeDefinition> unitTypes() {
        return List.of(new UnitTypeDefinition(TYPE, "Fake", "fake units", List.of("name"), List.of(), List.of()));
    }

    @Override
    public List<ImporterType> importers() {
        return List.of(new Importer());
    }

    @Override
    public List<DistributorType> distributors() {
        return List.of(new Distributor());
    }

    private static ConfigCheck check(PluginConfig config) {
        return config.has("bad") ? ConfigCheck.invalid("bad is bad", List.of("bad")) : ConfigCheck.ok();
    }

    private final class Importer implements ImporterType {
        @Override
        public String id() {
            return "fake_importer";
        }

        @Override
        public String displayName() {
            return "Fake importer";
        }

        @Override
        public List<String> supportedTypes() {
            return List.of(TYPE);
        }

        @Override
        public ConfigCheck validateConfig(String repoId, PluginConfig config) {
            return check(config);
        }

        @Override
        @SuppressWarnings("unchecked")
        public SyncReport sync(SyncContext context) {
            syncConfigs.add(context.config());
            context.checkCanceled();
            if (context.config().has("fail")) {
                throw new PluginException((String) context.config().get("fail"));
            }
            List<String> units = (List<String>) context.config().values().getOrDefault("units", List.of());
            int added = 0;
            for (String unit : new ArrayList<>(units)) {
                if (context.associations().associate(context.repoId(), TYPE, unit)) {
                    added++;
                }
            }
            context.reportProgress(Map.of("state", "FINISHED"));
            return new SyncReport(added, 0, 0, Map.of("added", added), Map.of());
        }

        @Override
        public UploadReport importUpload(UploadContext context) throws Exception {
            if (context.unitKey().containsKey("fail")) {
                return UploadReport.failure((String) context.unitKey().get("fail"));
            }
            uploadedFiles.add(context.file() == null ? "(none)" : Files.readString(context.file()));
            context.associations().associate(context.repoId(), TYPE, (String) context.unitKey().get("name"));
            return UploadReport.success();
        }
    }

    private final class Distributor implements DistributorType {
        @Override
        public String id() {
            return "fake_distributor";
        }

        @Override
        public String displayName() {
            return "Fake distributor";
        }

        @Override
        public List<String> supportedTypes() {
            return List.of(TYPE);
        }

        @Override
        public ConfigCheck validateConfig(String repoId, PluginConfig config) {
            return check(config);
        }

        @Override
        public PublishReport publish(PublishContext context) {
            if (context.config().has("fail")) {
                throw new PluginException((String) context.config().get("fail"));
            }
            if (context.config().has("skip")) {
                return PublishReport.skipped((String) context.config().get("skip"));
            }
            published.add(context.repoId() + "/" + context.distributorId());
            return new PublishReport(Map.of("units", context.associations().unitIds(context.repoId(), TYPE).size()),
                    Map.of());
        }

        @Override
        public void unpublish(PublishContext context) {
            unpublished.add(context.repoId() + "/" + context.distributorId());
        }
    }
}
