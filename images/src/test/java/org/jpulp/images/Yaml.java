package org.jpulp.images;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading the compose file and the Kubernetes manifests. */
final class Yaml {

    private static final YAMLMapper MAPPER = new YAMLMapper();
    private static final Pattern COMPOSE_VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(:-([^}]*))?}");

    private Yaml() {
    }

    /** Every document of a (multi-document) YAML file; empty documents are skipped. */
    static List<JsonNode> documents(Path file) {
        try (MappingIterator<JsonNode> it = MAPPER.readerFor(JsonNode.class).readValues(file.toFile())) {
            List<JsonNode> docs = new ArrayList<>();
            while (it.hasNext()) {
                JsonNode doc = it.next();
                if (doc != null && !doc.isNull() && !doc.isEmpty()) {
                    docs.add(doc);
                }
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(file + " is not valid YAML", e);
        }
    }

    static JsonNode document(Path file) {
        List<JsonNode> docs = documents(file);
        if (docs.size() != 1) {
            throw new IllegalStateException(file + ": expected one document, found " + docs.size());
        }
        return docs.get(0);
    }

    /**
     * Compose's interpolation with an empty environment: {@code ${NAME:-default}} becomes the default. A variable
     * without a default is an error, so the file works with no .env at all.
     */
    static String interpolate(String value) {
        Matcher m = COMPOSE_VARIABLE.matcher(value);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            if (m.group(2) == null) {
                throw new IllegalArgumentException("${" + m.group(1) + "} has no default in: " + value);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(3)));
        }
        m.appendTail(sb);
        if (sb.indexOf("$") >= 0) {
            throw new IllegalArgumentException("unsupported interpolation in: " + value);
        }
        return sb.toString();
    }

    /** A compose service's environment, interpolated (the mapping form; the list form is not used here). */
    static Map<String, String> composeEnvironment(JsonNode service) {
        Map<String, String> env = new LinkedHashMap<>();
        JsonNode node = service.path("environment");
        if (node.isMissingNode()) {
            return env;
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("use the mapping form for environment: " + node);
        }
        node.properties().forEach(e -> {
            if (!e.getValue().isTextual()) {
                throw new IllegalArgumentException(e.getKey() + ": quote environment values (" + e.getValue() + ")");
            }
            env.put(e.getKey(), interpolate(e.getValue().asText()));
        });
        return env;
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
