package org.jpulp.plugin.rpm.errata;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pulp 2's rule for an erratum that arrives again with the same id (pulp2-rpm §2.6): the incoming one wins when its
 * {@code updated} date is later, or, with equal or no dates, when its {@code version} is higher; then its mutable
 * fields replace the stored ones and its package list replaces the repository's (a version that is not a number
 * counts as newer, as in Pulp 2). The three {@code *_suggested} flags are always taken from the incoming erratum.
 */
public final class ErratumMerge {

    /** Fields an update overwrites. */
    public static final List<String> MUTABLE_FIELDS = List.of("status", "updated", "description", "pushcount",
            "references", "reboot_suggested", "relogin_suggested", "restart_suggested", "from", "severity", "rights",
            "version", "release", "type", "title", "solution", "summary");

    private static final List<String> ALWAYS_TAKEN = List.of("reboot_suggested", "relogin_suggested",
            "restart_suggested");
    private static final List<DateTimeFormatter> FORMATS = List.of(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));

    /**
     * The outcome: whether the incoming erratum is newer, and the fields to set on the stored one.
     */
    public record Result(boolean newer, Map<String, Object> changes) {
    }

    private ErratumMerge() {
    }

    /** @throws IllegalArgumentException when an {@code updated} date cannot be parsed */
    public static Result merge(Map<String, Object> existing, Map<String, Object> incoming) {
        boolean newer = isNewer(existing, incoming);
        Map<String, Object> changes = new LinkedHashMap<>();
        for (String field : newer ? MUTABLE_FIELDS : ALWAYS_TAKEN) {
            if (incoming.containsKey(field)) {
                changes.put(field, incoming.get(field));
            }
        }
        return new Result(newer, changes);
    }

    static boolean isNewer(Map<String, Object> existing, Map<String, Object> incoming) {
        String incomingUpdated = text(incoming.get("updated"));
        if (incomingUpdated.isEmpty()) {
            return newerVersion(existing, incoming);
        }
        LocalDateTime theirs = parse(incomingUpdated);
        String existingUpdated = text(existing.get("updated"));
        LocalDateTime ours = existingUpdated.isEmpty() ? LocalDate.of(1970, 1, 1).atStartOfDay() : parse(existingUpdated);
        int c = theirs.compareTo(ours);
        return c > 0 || (c == 0 && newerVersion(existing, incoming));
    }

    private static boolean newerVersion(Map<String, Object> existing, Map<String, Object> incoming) {
        Double theirs = number(incoming.get("version"));
        Double ours = number(existing.get("version"));
        return theirs == null || ours == null || theirs > ours;
    }

    static LocalDateTime parse(String date) {
        String d = date.strip();
        if (d.endsWith(" UTC")) {
            d = d.substring(0, d.length() - 4).strip();
        }
        for (DateTimeFormatter f : FORMATS) {
            try {
                return LocalDateTime.parse(d, f);
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        try {
            return LocalDate.parse(d).atStartOfDay();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("the erratum's updated date '" + date + "' is not in a known format "
                    + "(YYYY-MM-DD HH:MM:SS, YYYY-MM-DD HH:MM or YYYY-MM-DD, optionally followed by UTC)");
        }
    }

    private static Double number(Object v) {
        try {
            return v == null ? null : Double.valueOf(v.toString().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String text(Object v) {
        return v == null ? "" : v.toString().strip();
    }
}
