package org.jpulp.plugin.rpm;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Pulp 2's {@code version_sort_index} / {@code release_sort_index}: a version or release encoded so that comparing
 * the encoded strings orders them as rpm does. Runs of digits and of other characters are split apart, all-digit
 * segments become {@code <digit count, 2 digits>-<value without leading zeros>}, other segments {@code $<their ASCII
 * letters and digits>}; segments are joined with dots ({@code 3.10} → {@code 01-3.02-10}, {@code 1.1a} →
 * {@code 01-1.01-1.$a}).
 */
public final class VersionSortIndex {

    private VersionSortIndex() {
    }

    /** The encoded form; null for a null or empty field (Pulp 2 stores nothing then). */
    public static String encode(String field) {
        if (field == null || field.isEmpty()) {
            return null;
        }
        List<String> encoded = new ArrayList<>();
        for (String segment : split(field).split("\\.", -1)) {
            encoded.add(isDigits(segment) ? encodeNumber(segment) : "$" + asciiAlphanumerics(segment));
        }
        return String.join(".", encoded);
    }

    /** Inserts a dot between a digit and a non-digit next to each other (neither of them a dot). */
    private static String split(String field) {
        StringBuilder out = new StringBuilder().append(field.charAt(0));
        for (int i = 1; i < field.length(); i++) {
            char previous = field.charAt(i - 1);
            char c = field.charAt(i);
            if (isDigit(previous) != isDigit(c) && c != '.' && previous != '.') {
                out.append('.');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String encodeNumber(String digits) {
        String value = new BigInteger(digits).toString();
        if (value.length() > 99) {
            throw new IllegalArgumentException("too many digits to encode in " + digits);
        }
        return String.format("%02d-%s", value.length(), value);
    }

    private static String asciiAlphanumerics(String segment) {
        StringBuilder out = new StringBuilder();
        segment.chars().filter(c -> c < 128 && Character.isLetterOrDigit(c)).forEach(c -> out.append((char) c));
        return out.toString();
    }

    private static boolean isDigits(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> isDigit((char) c));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
