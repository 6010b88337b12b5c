package org.jpulp.common.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/** Parsers for setting values; each failure message completes the sentence "value must be ...". */
final class ValueParsers {

    private ValueParsers() {
    }

    static Function<String, String> text() {
        return s -> s;
    }

    static Function<String, String> nonEmpty() {
        return s -> {
            if (s.isBlank()) {
                throw new IllegalArgumentException("a non-empty text");
            }
            return s;
        };
    }

    static Function<String, Boolean> bool() {
        return s -> switch (s.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> throw new IllegalArgumentException("true or false");
        };
    }

    static Function<String, Integer> integer(int min, int max) {
        return s -> {
            try {
                int value = Integer.parseInt(s.strip());
                if (value < min || value > max) {
                    throw new IllegalArgumentException("a whole number from " + min + " to " + max);
                }
                return value;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("a whole number from " + min + " to " + max, e);
            }
        };
    }

    /** Seconds, as Pulp 2 writes them ({@code 30}, {@code 0.5}). */
    static Function<String, Duration> seconds(double min, double max) {
        return s -> {
            String expected = "a number of seconds from " + format(min) + " to " + format(max);
            try {
                double value = Double.parseDouble(s.strip());
                if (!(value >= min && value <= max)) {
                    throw new IllegalArgumentException(expected);
                }
                return Duration.ofNanos(Math.round(value * 1_000_000_000d));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(expected, e);
            }
        };
    }

    static Function<String, Path> path() {
        return s -> {
            if (s.isBlank()) {
                throw new IllegalArgumentException("a file system path");
            }
            return Path.of(s.strip());
        };
    }

    static Function<String, String> oneOf(String... allowed) {
        Set<String> values = Set.of(allowed);
        return s -> {
            String normalized = s.strip().toLowerCase(Locale.ROOT);
            if (!values.contains(normalized)) {
                throw new IllegalArgumentException("one of " + String.join(", ", allowed));
            }
            return normalized;
        };
    }

    static Function<String, String> logLevel() {
        return s -> switch (s.strip().toUpperCase(Locale.ROOT)) {
            case "TRACE" -> "TRACE";
            case "DEBUG" -> "DEBUG";
            case "INFO" -> "INFO";
            case "WARN", "WARNING" -> "WARN";
            case "ERROR", "CRITICAL" -> "ERROR";
            default -> throw new IllegalArgumentException("one of DEBUG, INFO, WARNING, ERROR, CRITICAL");
        };
    }

    /** Comma-separated {@code host:port} list as in {@code [database] seeds}. */
    static Function<String, List<String>> hostPortList() {
        return s -> {
            List<String> seeds = Arrays.stream(s.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
            if (seeds.isEmpty()) {
                throw new IllegalArgumentException("one or more host:port pairs separated by commas");
            }
            for (String seed : seeds) {
                int colon = seed.lastIndexOf(':');
                if (colon > 0) {
                    integer(1, 65535).apply(seed.substring(colon + 1));
                }
            }
            return seeds;
        };
    }

    static Function<String, Integer> port() {
        return integer(0, 65535);
    }

    private static String format(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
