package org.jpulp.plugin.rpm.repodata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jpulp.common.content.UnitKey;
import org.jpulp.plugin.rpm.RpmUnits;

/**
 * Splits modules.yaml into its documents ({@code ---} … {@code ...}) and reads the {@code modulemd} and
 * {@code modulemd-defaults} ones as units (reference §1.10, §1.11); each keeps its YAML text, the unit's file.
 */
public final class ModulesParser {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    private ModulesParser() {
    }

    public record ModuleDocument(UnitKey key, Map<String, Object> metadata, String yaml) {
    }

    public static List<ModuleDocument> parse(InputStream in, String repoId) throws IOException {
        List<ModuleDocument> out = new ArrayList<>();
        for (String yaml : documents(in)) {
            Map<?, ?> doc;
            try {
                doc = YAML.readValue(yaml, Map.class);
            } catch (JsonProcessingException e) {
                throw new RepodataException("modules.yaml has a malformed document: " + e.getOriginalMessage(), e);
            }
            if (doc == null || !(doc.get("data") instanceof Map<?, ?> data)) {
                continue;
            }
            String checksum = sha256(yaml);
            if ("modulemd".equals(doc.get("document"))) {
                out.add(modulemd(data, yaml, checksum));
            } else if ("modulemd-defaults".equals(doc.get("document"))) {
                out.add(defaults(data, yaml, checksum, repoId));
            }
        }
        return out;
    }

    private static ModuleDocument modulemd(Map<?, ?> data, String yaml, String checksum) {
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("name", required(data, "name"));
        key.put("stream", required(data, "stream"));
        try {
            key.put("version", Long.parseLong(required(data, "version")));
        } catch (NumberFormatException e) {
            throw new RepodataException("modules.yaml: module " + key.get("name") + " has a non-numeric version");
        }
        key.put("context", required(data, "context"));
        key.put("arch", required(data, "arch"));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("summary", String.valueOf(data.get("summary") == null ? "" : data.get("summary")));
        m.put("description", String.valueOf(data.get("description") == null ? "" : data.get("description")));
        Map<String, Object> profiles = new LinkedHashMap<>();
        if (data.get("profiles") instanceof Map<?, ?> ps) {
            ps.forEach((name, p) -> profiles.put(String.valueOf(name).replace('.', '_'),
                    p instanceof Map<?, ?> pm && pm.get("rpms") instanceof List<?> rpms ? strings(rpms) : List.of()));
        }
        m.put("profiles", profiles);
        List<String> artifacts = List.of();
        if (data.get("artifacts") instanceof Map<?, ?> a && a.get("rpms") instanceof List<?> rpms) {
            artifacts = strings(rpms);
        }
        m.put("artifacts", artifacts);
        m.put("dependencies", json(data.get("dependencies") == null ? List.of() : data.get("dependencies")));
        m.put("checksum", checksum);
        return new ModuleDocument(UnitKey.of(RpmUnits.MODULEMD, key), m, yaml);
    }

    private static ModuleDocument defaults(Map<?, ?> data, String yaml, String checksum, String repoId) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("stream", data.get("stream") == null ? "" : String.valueOf(data.get("stream")));
        m.put("profiles", json(data.get("profiles") == null ? Map.of() : data.get("profiles")));
        m.put("checksum", checksum);
        return new ModuleDocument(UnitKey.of(RpmUnits.MODULEMD_DEFAULTS,
                Map.of("name", required(data, "module"), "repo_id", repoId)), m, yaml);
    }

    /** Documents as text, each starting with its {@code ---} line and ending with its {@code ...} line. */
    static List<String> documents(InputStream in) throws IOException {
        List<String> docs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.equals("---") && !current.toString().isBlank()) {
                docs.add(current.toString());
                current.setLength(0);
            }
            current.append(line).append('\n');
            if (line.equals("...")) {
                docs.add(current.toString());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            docs.add(current.toString());
        }
        return docs;
    }

    private static String required(Map<?, ?> data, String field) {
        Object v = data.get(field);
        if (v == null || String.valueOf(v).isBlank()) {
            throw new RepodataException("modules.yaml has a document without " + field);
        }
        return String.valueOf(v);
    }

    private static List<String> strings(List<?> values) {
        return values.stream().map(String::valueOf).toList();
    }

    /** Structures whose keys may contain dots are kept as JSON text, as Pulp 2 kept them encoded. */
    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new RepodataException("modules.yaml: cannot encode " + value, e);
        }
    }

    private static String sha256(String yaml) {
        java.security.MessageDigest d = Checksums.digest("sha256");
        d.update(yaml.getBytes(StandardCharsets.UTF_8));
        return Checksums.hex(d);
    }
}
