package org.jpulp.plugin.rpm.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jpulp.common.content.Unit;
import org.jpulp.common.plugin.PluginContext;
import org.jpulp.common.plugin.PluginException;
import org.jpulp.plugin.rpm.RpmUnits;
import org.jpulp.plugin.rpm.repodata.Checksums;

/**
 * The modules step: {@code modules.yaml.gz}, the stored YAML document of every modulemd and modulemd_defaults unit,
 * each checked against the unit's sha256 {@code checksum} (a changed file aborts the publish, RPM1017).
 */
final class ModulesWriter {

    private final PluginContext context;
    private final String checksumType;

    ModulesWriter(PluginContext context, String checksumType) {
        this.context = context;
        this.checksumType = checksumType;
    }

    RepomdEntry write(Map<String, List<String>> idsByType, Path repodata) throws IOException {
        try (MetadataFile file = new MetadataFile(repodata, "modules", "modules.yaml.gz", checksumType)) {
            for (String type : List.of(RpmUnits.MODULEMD, RpmUnits.MODULEMD_DEFAULTS)) {
                List<String> ids = idsByType.getOrDefault(type, List.of());
                for (int from = 0; from < ids.size(); from += 200) {
                    context.checkCanceled();
                    for (Unit unit : context.units().get(type, ids.subList(from, Math.min(ids.size(), from + 200)))) {
                        file.append(document(unit));
                    }
                }
            }
            return file.finish();
        }
    }

    private static String document(Unit unit) throws IOException {
        if (unit.storagePath() == null || !Files.isRegularFile(Path.of(unit.storagePath()))) {
            throw new PluginException("the YAML document of " + unit.typeId() + " " + unit.key()
                    + " is missing from the content store");
        }
        byte[] bytes = Files.readAllBytes(Path.of(unit.storagePath()));
        Object expected = unit.metadata().get("checksum");
        if (expected != null) {
            java.security.MessageDigest sha256 = Checksums.digest("sha256");
            sha256.update(bytes);
            if (!Checksums.hex(sha256).equals(expected)) {
                throw new PluginException("RPM1017: the YAML document of " + unit.typeId() + " " + unit.key()
                        + " does not match its checksum " + expected);
            }
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(text.length() + 16);
        if (!text.startsWith("---")) {
            out.append("---\n");
        }
        out.append(text);
        if (!text.endsWith("\n")) {
            out.append('\n');
        }
        if (!text.stripTrailing().endsWith("...")) {
            out.append("...\n");
        }
        return out.toString();
    }
}
