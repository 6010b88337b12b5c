package org.jpulp.plugin.rpm.copy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeMap;
import org.jpulp.common.content.NewUnit;
import org.jpulp.common.content.Unit;
import org.jpulp.common.content.UnitKey;
import org.jpulp.common.plugin.PluginContext;
import org.jpulp.plugin.rpm.RpmUnits;

/**
 * Units keyed by {@code repo_id} (comps, langpacks, module defaults, custom repomd files) are copied as clones with
 * the destination's {@code repo_id}, files included, so they outlive the source repository (reference §7). A clone
 * that exists (an earlier copy, maybe orphaned) takes the source's metadata and file.
 */
final class RepoScopedClones {

    static final Set<String> TYPES = Set.of(RpmUnits.PACKAGE_GROUP, RpmUnits.PACKAGE_CATEGORY,
            RpmUnits.PACKAGE_ENVIRONMENT, RpmUnits.PACKAGE_LANGPACKS, RpmUnits.MODULEMD_DEFAULTS,
            RpmUnits.YUM_REPO_METADATA_FILE);

    private final PluginContext destination;

    RepoScopedClones(PluginContext destination) {
        this.destination = destination;
    }

    Unit cloneOf(Unit unit) throws IOException {
        TreeMap<String, Object> fields = new TreeMap<>(unit.key().fields());
        fields.put("repo_id", destination.repoId());
        UnitKey key = new UnitKey(unit.typeId(), fields);
        if (key.equals(unit.key())) {
            return unit;
        }
        String path = copyFile(unit, key);
        Unit stored = destination.units().insertIfAbsent(new NewUnit(key, unit.metadata(), path));
        if (!stored.metadata().equals(unit.metadata())) {
            stored = destination.units().updateMetadata(stored.typeId(), stored.id(), unit.metadata());
        }
        if (path != null && (!stored.downloaded() || !path.equals(stored.storagePath()))) {
            stored = destination.units().markDownloaded(stored.typeId(), stored.id(), path);
        }
        return stored;
    }

    /** The clone's stored file (same name and mtime as the source's), or null when the source has none on disk. */
    private String copyFile(Unit unit, UnitKey key) throws IOException {
        if (unit.storagePath() == null || !unit.downloaded()) {
            return null;
        }
        Path source = Path.of(unit.storagePath());
        if (!Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        Path copy = destination.contentStore().importFile(source, key, source.getFileName().toString());
        Files.setLastModifiedTime(copy, Files.getLastModifiedTime(source));
        return copy.toString();
    }
}
