package org.jpulp.common.config;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads Pulp 2's {@code server.conf}: Python ConfigParser dialect with {@code key: value} or
 * {@code key = value}, {@code #}/{@code ;} comment lines and indented continuation lines.
 * Hand-written because the available INI libraries either lack line numbers for error messages
 * or bring a second logging framework.
 */
public final class IniParser {

    private IniParser() {
    }

    public static List<RawSetting> parse(String text, String sourceName) {
        List<RawSetting> settings = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String section = null;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.strip();
            String origin = sourceName + " line " + (i + 1);
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith(";")) {
                continue;
            }
            if (Character.isWhitespace(line.charAt(0)) && !settings.isEmpty()) {
                RawSetting last = settings.remove(settings.size() - 1);
                settings.add(new RawSetting(last.section(), last.key(), last.value() + "\n" + trimmed, last.origin()));
            } else if (trimmed.startsWith("[")) {
                if (!trimmed.endsWith("]") || trimmed.length() < 3) {
                    problems.add(origin + ": malformed section header '" + trimmed + "'");
                } else {
                    section = trimmed.substring(1, trimmed.length() - 1).strip().toLowerCase();
                }
            } else {
                int sep = separatorIndex(trimmed);
                if (sep <= 0) {
                    problems.add(origin + ": expected 'key: value' but found '" + trimmed + "'");
                } else if (section == null) {
                    problems.add(origin + ": '" + trimmed + "' stands before any [section] header");
                } else {
                    String key = trimmed.substring(0, sep).strip().toLowerCase();
                    String value = trimmed.substring(sep + 1).strip();
                    settings.add(new RawSetting(section, key, value, origin));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return settings;
    }

    private static int separatorIndex(String line) {
        int colon = line.indexOf(':');
        int equals = line.indexOf('=');
        if (colon < 0) {
            return equals;
        }
        return equals < 0 ? colon : Math.min(colon, equals);
    }
}
