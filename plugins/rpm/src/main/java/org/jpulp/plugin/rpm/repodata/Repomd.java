package org.jpulp.plugin.rpm.repodata;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jpulp.common.content.SafePaths;
import org.jpulp.common.content.UnsafePathException;

/** A parsed {@code repodata/repomd.xml}: the revision and every {@code <data>} entry. */
public record Repomd(String revision, List<Entry> entries) {

    public static final List<String> REQUIRED = List.of("primary", "filelists", "other");

    /** One {@code <data type>}: where the file is, its checksum and size, compressed and open. */
    public record Entry(String type, String location, String checksumType, String checksum, Long size,
                        String openChecksumType, String openChecksum, Long openSize) {

        /** The file's name without directories (e.g. {@code 1a2b-primary.xml.gz}). */
        public String basename() {
            return location.substring(location.lastIndexOf('/') + 1);
        }
    }

    public Repomd {
        entries = List.copyOf(entries);
    }

    public Optional<Entry> entry(String type) {
        return entries.stream().filter(e -> e.type().equals(type)).findFirst();
    }

    /** Parses repomd.xml; fails for malformed XML, missing required types, unsafe locations, unknown checksums. */
    public static Repomd read(InputStream in) throws IOException {
        try {
            XMLStreamReader r = SafeXml.reader(in);
            String revision = null;
            List<Entry> entries = new ArrayList<>();
            while (r.hasNext()) {
                if (r.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (r.getLocalName().equals("revision")) {
                    revision = r.getElementText().trim();
                } else if (r.getLocalName().equals("data")) {
                    entries.add(entry(XmlElement.read(r)));
                }
            }
            Repomd repomd = new Repomd(revision, entries);
            for (String type : REQUIRED) {
                if (repomd.entry(type).isEmpty()) {
                    throw new RepodataException("repomd.xml has no " + type + " metadata");
                }
            }
            return repomd;
        } catch (XMLStreamException e) {
            throw new RepodataException("repomd.xml is not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static Entry entry(XmlElement data) {
        String type = data.attr("type");
        XmlElement location = data.child("location");
        XmlElement checksum = data.child("checksum");
        if (type == null || location == null || location.attr("href") == null || checksum == null) {
            throw new RepodataException("repomd.xml has a <data> entry without type, location or checksum");
        }
        String href = location.attr("href");
        try {
            SafePaths.relative(href, "location of the " + type + " metadata");
        } catch (UnsafePathException e) {
            throw new RepodataException("repomd.xml: " + e.getMessage(), e);
        }
        XmlElement open = data.child("open-checksum");
        return new Entry(type, href, Checksums.sanitize(checksum.attr("type")), checksum.text().trim(),
                number(data.childText("size"), type), open == null ? null : Checksums.sanitize(open.attr("type")),
                open == null ? null : open.text().trim(), number(data.childText("open-size"), type));
    }

    private static Long number(String text, String type) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new RepodataException("repomd.xml: size " + SafePaths.quote(text) + " of the " + type
                    + " metadata is not a number");
        }
    }
}
