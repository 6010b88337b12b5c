package org.jpulp.plugin.rpm.sync;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jpulp.common.content.NewUnit;
import org.jpulp.common.content.Unit;
import org.jpulp.common.plugin.PluginContext;
import org.jpulp.plugin.rpm.RpmUnits;
import org.jpulp.plugin.rpm.repodata.ModulesParser;
import org.jpulp.plugin.rpm.repodata.ModulesParser.ModuleDocument;

/** Stores each document of modules.yaml as a modulemd or modulemd_defaults unit with the document as its file. */
final class ModulesImport {

    private final PluginContext context;
    private final java.util.Set<String> artifacts = new java.util.HashSet<>();

    ModulesImport(PluginContext context) {
        this.context = context;
    }

    Map<String, List<String>> read(InputStream modules) throws IOException {
        Map<String, List<String>> ids = new LinkedHashMap<>();
        for (ModuleDocument doc : ModulesParser.parse(modules, context.repoId())) {
            if (doc.metadata().get("artifacts") instanceof List<?> rpms) {
                rpms.forEach(a -> artifacts.add(String.valueOf(a)));
            }
            ids.computeIfAbsent(doc.key().typeId(), t -> new ArrayList<>()).add(store(doc));
        }
        return ids;
    }

    /** The NEVRAs ({@code name-epoch:version-release.arch}) the modules list as their artifacts. */
    java.util.Set<String> artifacts() {
        return artifacts;
    }

    private String store(ModuleDocument doc) throws IOException {
        String filename = doc.key().typeId().equals(RpmUnits.MODULEMD) ? "modulemd.yaml" : "modulemd_defaults.yaml";
        Path staged = context.contentStore().newStagingFile();
        String path;
        try {
            Files.writeString(staged, doc.yaml(), StandardCharsets.UTF_8);
            path = context.contentStore().commit(staged, doc.key(), filename).toString();
        } finally {
            context.contentStore().discard(staged);
        }
        Unit unit = context.units().insertIfAbsent(new NewUnit(doc.key(), doc.metadata(), path));
        if (!unit.metadata().equals(doc.metadata())) {
            unit = context.units().updateMetadata(unit.typeId(), unit.id(), doc.metadata());
        }
        if (!unit.downloaded() || !path.equals(unit.storagePath())) {
            context.units().markDownloaded(unit.typeId(), unit.id(), path);
        }
        return unit.id();
    }
}
