package org.jpulp.plugin.rpm;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pulp 2's {@code version_sort_index}/{@code release_sort_index}: an encoding of a version string whose string order
 * is rpm's order. Segments split on {@code .}; digit runs become {@code <2-digit length>-<number>}, letter runs
 * {@code $<letters>}; other characters are dropped. {@code 3.9 → 01-3.01-9}, {@code 12a3bc → 02-12.$a.01-3.$bc}.
 */
public final class VersionSortIndex {

    private static final Pattern RUN = Pattern.compile("\\d+|[a-zA-Z]+");

    private VersionSortIndex() {
    }

    public static String encode(String version) {
        List<String> parts = new ArrayList<>();
        for (String segment : version.split("\\.")) {
            Matcher m = RUN.matcher(segment);
            while (m.find()) {
                String run = m.group();
                if (Character.isDigit(run.charAt(0))) {
                    String number = run.replaceFirst("^0+(?=.)", "");
                    parts.add(String.format("%02d-%s", number.length(), number));
                } else {
                    parts.add("$" + run);
                }
            }
        }
        return String.join(".", parts);
    }
}
