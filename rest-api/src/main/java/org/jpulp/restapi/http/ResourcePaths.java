package org.jpulp.restapi.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pulp 2 permission paths: the URL below {@code /pulp/api}, e.g. {@code /v2/repositories/zoo/}, and their
 * ancestors. The path is rebuilt from the endpoint's template with each path parameter percent-encoded, so a
 * parameter such as {@code zoo/../other} stays one segment and cannot climb into another resource's path.
 */
public final class ResourcePaths {

    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");
    private static final String PREFIX = "/pulp/api";

    private ResourcePaths() {
    }

    public static String of(String template, Map<String, String> params) {
        Matcher m = PARAM.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = params.getOrDefault(m.group(1), "");
            m.appendReplacement(out, Matcher.quoteReplacement(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        }
        m.appendTail(out);
        String path = out.toString();
        if (path.startsWith(PREFIX + "/")) {
            path = path.substring(PREFIX.length());
        }
        return normalize(path);
    }

    /** Leading and trailing slash, no doubled slashes; a {@code /pulp/api} prefix is dropped. */
    public static String normalize(String resource) {
        String path = resource.startsWith(PREFIX + "/") ? resource.substring(PREFIX.length()) : resource;
        path = ("/" + path + "/").replaceAll("/{2,}", "/");
        return path;
    }

    /** The path itself, then each ancestor up to {@code /}: {@code /v2/repositories/zoo/}, {@code /v2/repositories/},
     * {@code /v2/}, {@code /}. */
    public static List<String> withAncestors(String resource) {
        List<String> paths = new ArrayList<>();
        String path = normalize(resource);
        paths.add(path);
        while (!path.equals("/")) {
            path = path.substring(0, path.lastIndexOf('/', path.length() - 2) + 1);
            paths.add(path);
        }
        return paths;
    }
}
