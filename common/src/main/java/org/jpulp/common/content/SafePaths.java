package org.jpulp.common.content;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Checks for relative paths that come from outside (manifest entries, unit keys, {@code relative_url}): they must stay
 * below the directory they are resolved against, so no absolute paths, no {@code .} or {@code ..} segments, no empty
 * segments, no backslashes and no NUL or other control characters.
 */
public final class SafePaths {

    public static final int MAX_LENGTH = 4096;
    public static final int MAX_SEGMENT_BYTES = 255;

    private SafePaths() {
    }

    /**
     * Returns {@code path} when it is a safe relative path of {@code /}-separated segments.
     *
     * @param what names the value in the error message, e.g. {@code manifest entry}
     * @throws UnsafePathException naming the value and the reason
     */
    public static String relative(String path, String what) {
        String problem = problem(path);
        if (problem != null) {
            throw new UnsafePathException(what + " " + quote(path) + " is not a safe relative path: " + problem);
        }
        return path;
    }

    /** Resolves a checked relative path against {@code root} and verifies the result stays below it. */
    public static Path resolve(Path root, String relative, String what) {
        Path base = root.toAbsolutePath().normalize();
        Path resolved = base.resolve(relative(relative, what)).normalize();
        if (!resolved.startsWith(base) || resolved.equals(base)) {
            throw new UnsafePathException(what + " " + quote(relative) + " leaves " + base);
        }
        return resolved;
    }

    private static String problem(String path) {
        if (path == null || path.isEmpty()) {
            return "it is empty";
        }
        if (path.length() > MAX_LENGTH) {
            return "it is longer than " + MAX_LENGTH + " characters";
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
                return "it contains the control character U+" + String.format("%04X", (int) c);
            }
            if (c == '\\') {
                return "it contains a backslash";
            }
        }
        if (path.startsWith("/")) {
            return "it is absolute";
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty()) {
                return "it has an empty segment";
            }
            if (segment.equals(".") || segment.equals("..")) {
                return "it has a '" + segment + "' segment";
            }
            if (segment.getBytes(StandardCharsets.UTF_8).length > MAX_SEGMENT_BYTES) {
                return "a segment is longer than " + MAX_SEGMENT_BYTES + " bytes";
            }
        }
        return null;
    }

    /** The value as it can be shown in a message: control characters escaped, cut at 200 characters. */
    public static String quote(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("'");
        String shown = value.length() > 200 ? value.substring(0, 200) + "..." : value;
        for (char c : shown.toCharArray()) {
            out.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.append('\'').toString();
    }
}
