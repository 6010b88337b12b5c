package org.jpulp.restapi.content;

import java.util.Optional;

/**
 * A single byte range of a {@code Range: bytes=...} header against a file of known length: {@code first-last},
 * {@code first-} or {@code -suffix}. Several ranges, other units or malformed headers are ignored (the whole file
 * is served, as RFC 9110 allows); a well-formed range that starts past the end is unsatisfiable (416).
 */
record ByteRange(long first, long last) {

    /** What a Range header asks for. */
    sealed interface Request permits Whole, Part, Unsatisfiable {
    }

    record Whole() implements Request {
    }

    record Part(ByteRange range) implements Request {
    }

    record Unsatisfiable() implements Request {
    }

    long length() {
        return last - first + 1;
    }

    static Request parse(String header, long size) {
        if (header == null) {
            return new Whole();
        }
        String h = header.trim();
        if (!h.regionMatches(true, 0, "bytes=", 0, 6) || h.indexOf(',') >= 0) {
            return new Whole();
        }
        String spec = h.substring(6).trim();
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return new Whole();
        }
        Optional<Long> first = number(spec.substring(0, dash));
        Optional<Long> last = number(spec.substring(dash + 1));
        if (first.isEmpty()) {
            if (last.isEmpty() || !spec.substring(0, dash).isBlank()) {
                return new Whole();
            }
            long suffix = last.get();
            if (suffix == 0 || size == 0) {
                return new Unsatisfiable();
            }
            return new Part(new ByteRange(Math.max(0, size - suffix), size - 1));
        }
        if (last.isEmpty() && !spec.substring(dash + 1).isBlank()) {
            return new Whole();
        }
        if (last.isPresent() && last.get() < first.get()) {
            return new Whole();
        }
        if (first.get() >= size) {
            return new Unsatisfiable();
        }
        return new Part(new ByteRange(first.get(), Math.min(size - 1, last.orElse(size - 1))));
    }

    private static Optional<Long> number(String s) {
        String t = s.trim();
        if (t.isEmpty() || t.length() > 18 || !t.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(t));
    }
}
