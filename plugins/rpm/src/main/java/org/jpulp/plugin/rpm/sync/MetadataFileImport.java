package org.jpulp.plugin.rpm.sync;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jpulp.common.content.NewUnit;
import org.jpulp.common.content.Unit;
import org.jpulp.common.content.UnitKey;
import org.jpulp.common.plugin.PluginContext;
import org.jpulp.plugin.rpm.RpmUnits;
import org.jpulp.plugin.rpm.repodata.Repomd;

/** Stores repomd entries of types yum_importer does not parse (e.g. {@code productid}) as yum_repo_metadata_file units. */
final class MetadataFileImport {

    private static final Set<String> KNOWN = Set.of("group", "filelists", "filelists_db", "other", "other_db",
            "primary", "primary_db", "deltainfo", "susedata", "prestodelta", "updateinfo", "updateinfo_db", "modules");

    private final PluginContext context;

    MetadataFileImport(PluginContext context) {
        this.context = context;
    }

    static boolean isCustom(String type) {
        return !KNOWN.contains(type) && !type.endsWith("_zck") && !type.startsWith("group_");
    }

    List<String> store(List<Repomd.Entry> entries, Function<String, Path> fetched) throws IOException {
        List<String> ids = new ArrayList<>();
        for (Repomd.Entry e : entries) {
            UnitKey key = UnitKey.of(RpmUnits.YUM_REPO_METADATA_FILE,
                    Map.of("data_type", e.type(), "repo_id", context.repoId()));
            String path = context.contentStore().importFile(fetched.apply(e.type()), key, e.basename()).toString();
            Map<String, Object> metadata = new LinkedHashMap<>();
            metadata.put("checksum", e.checksum());
            metadata.put("checksum_type", e.checksumType());
            Unit unit = context.units().insertIfAbsent(new NewUnit(key, metadata, path));
            if (!unit.metadata().equals(metadata)) {
                context.units().updateMetadata(unit.typeId(), unit.id(), metadata);
            }
            if (!path.equals(unit.storagePath()) || !unit.downloaded()) {
                context.units().markDownloaded(unit.typeId(), unit.id(), path);
            }
            ids.add(unit.id());
        }
        return ids;
    }
}
