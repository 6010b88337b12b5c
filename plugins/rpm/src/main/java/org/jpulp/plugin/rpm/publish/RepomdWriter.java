package org.jpulp.plugin.rpm.publish;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.jpulp.common.content.FileModes;

/** {@code repodata/repomd.xml}: one {@code <data>} per metadata file, {@code revision} = publish time in seconds. */
final class RepomdWriter {

    private RepomdWriter() {
    }

    static void write(Path repodata, List<RepomdEntry> entries, long revision, String checksumType)
            throws IOException {
        Path temp = repodata.resolve(".repomd.xml.tmp");
        try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            out.write("<repomd xmlns=\"http://linux.duke.edu/metadata/repo\""
                    + " xmlns:rpm=\"http://linux.duke.edu/metadata/rpm\">\n");
            out.write("  <revision>" + revision + "</revision>\n");
            for (RepomdEntry e : entries.stream().sorted(Comparator.comparing(RepomdEntry::type)).toList()) {
                out.write("  <data type=\"" + Xml.escape(e.type()) + "\">\n");
                out.write("    <checksum type=\"" + checksumType + "\">" + e.checksum() + "</checksum>\n");
                if (e.openChecksum() != null) {
                    out.write("    <open-checksum type=\"" + checksumType + "\">" + e.openChecksum()
                            + "</open-checksum>\n");
                }
                out.write("    <location href=\"" + Xml.escape(e.href()) + "\"/>\n");
                out.write("    <timestamp>" + e.timestamp() + "</timestamp>\n");
                out.write("    <size>" + e.size() + "</size>\n");
                if (e.openSize() != null) {
                    out.write("    <open-size>" + e.openSize() + "</open-size>\n");
                }
                if (e.databaseVersion() != null) {
                    out.write("    <database_version>" + e.databaseVersion() + "</database_version>\n");
                }
                out.write("  </data>\n");
            }
            out.write("</repomd>\n");
        }
        Path repomd = repodata.resolve("repomd.xml");
        Files.move(temp, repomd, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        FileModes.set(repomd, FileModes.FILE);
    }
}
