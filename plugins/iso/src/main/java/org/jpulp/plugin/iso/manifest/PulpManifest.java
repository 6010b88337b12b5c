package org.jpulp.plugin.iso.manifest;

import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jpulp.common.content.SafePaths;
import org.jpulp.plugin.iso.IsoUnits.Iso;

/**
 * Pulp 2's {@code PULP_MANIFEST}: CSV without header, one {@code name,checksum,size} row per file. Reading is strict:
 * UTF-8 text, exactly three fields per row (RFC 4180 quoting allowed), a safe relative name, a sha256 and a size;
 * blank lines are skipped. Writing follows Python's {@code csv.writer}: minimal quoting, rows end with CRLF.
 */
public final class PulpManifest {

    /** Larger manifests are refused rather than read into memory (about two million entries). */
    public static final long MAX_BYTES = 256L * 1024 * 1024;

    private PulpManifest() {
    }

    public static List<Iso> read(Path file) throws IOException, ManifestException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new ManifestException("it is " + size + " bytes, more than the " + MAX_BYTES + " accepted");
        }
        return parse(decode(Files.readAllBytes(file)));
    }

    static List<Iso> parse(String text) throws ManifestException {
        List<Iso> entries = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        String[] lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            if (line.isBlank()) {
                continue;
            }
            Iso iso = entry(fields(line, lineNo), lineNo);
            Integer earlier = firstLine.putIfAbsent(iso.name(), lineNo);
            if (earlier != null) {
                throw new ManifestException("line " + lineNo + ": " + SafePaths.quote(iso.name())
                        + " is listed twice (first on line " + earlier + ")");
            }
            entries.add(iso);
        }
        return entries;
    }

    private static Iso entry(List<String> fields, int lineNo) throws ManifestException {
        if (fields.size() != 3) {
            throw new ManifestException("line " + lineNo + ": expected 3 fields (name,checksum,size), found "
                    + fields.size());
        }
        String name = fields.get(0);
        String sizeText = fields.get(2).trim();
        if (!sizeText.matches("[0-9]{1,18}")) {
            throw new ManifestException("line " + lineNo + ": size " + SafePaths.quote(sizeText) + " of "
                    + SafePaths.quote(name) + " is not a non-negative integer");
        }
        try {
            return new Iso(name, fields.get(1).trim(), Long.parseLong(sizeText));
        } catch (IllegalArgumentException e) {
            throw new ManifestException("line " + lineNo + ": " + e.getMessage());
        }
    }

    /** Splits one row: fields separated by commas, optionally quoted with {@code "}, {@code ""} for a quote. */
    private static List<String> fields(String line, int lineNo) throws ManifestException {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (true) {
            if (i < line.length() && line.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= line.length()) {
                        throw new ManifestException("line " + lineNo + ": a quoted field is not closed");
                    }
                    char c = line.charAt(i++);
                    if (c == '"') {
                        if (i < line.length() && line.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
                if (i < line.length() && line.charAt(i) != ',') {
                    throw new ManifestException("line " + lineNo + ": text after a closing quote");
                }
            } else {
                while (i < line.length() && line.charAt(i) != ',') {
                    char c = line.charAt(i++);
                    if (c == '"') {
                        throw new ManifestException("line " + lineNo + ": a quote inside an unquoted field");
                    }
                    field.append(c);
                }
            }
            fields.add(field.toString());
            field.setLength(0);
            if (i >= line.length()) {
                return fields;
            }
            i++; // the comma
        }
    }

    private static String decode(byte[] bytes) throws ManifestException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ManifestException("it is not UTF-8 text");
        }
    }

    /** Writes the entries sorted by name, as Pulp 2's publish does. */
    public static void write(List<Iso> entries, Writer out) throws IOException {
        List<Iso> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(Iso::name));
        for (Iso iso : sorted) {
            out.write(quote(iso.name()) + "," + iso.checksum() + "," + iso.size() + "\r\n");
        }
    }

    private static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0) {
            return field;
        }
        return "\"" + field.replace("\"", "\"\"") + "\"";
    }
}
