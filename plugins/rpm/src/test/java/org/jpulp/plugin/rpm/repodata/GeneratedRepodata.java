package org.jpulp.plugin.rpm.repodata;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.NoSuchElementException;
import java.util.function.IntFunction;

/** primary, filelists and other of {@code count} made-up packages, generated while they are read (never in memory). */
final class GeneratedRepodata {

    private GeneratedRepodata() {
    }

    static String pkgid(int i) {
        return String.format("%064x", i);
    }

    static InputStream primary(int count, int descriptionBytes) {
        String description = "x".repeat(descriptionBytes);
        return stream("<?xml version=\"1.0\"?>\n<metadata xmlns=\"http://linux.duke.edu/metadata/common\" "
                + "xmlns:rpm=\"http://linux.duke.edu/metadata/rpm\" packages=\"" + count + "\">\n", count,
                i -> "<package type=\"rpm\"><name>p" + i + "</name><arch>noarch</arch><version epoch=\"0\" ver=\"1\" "
                        + "rel=\"1\"/><checksum type=\"sha256\" pkgid=\"YES\">" + pkgid(i) + "</checksum><summary>s"
                        + "</summary><description>" + description + "</description><time file=\"1\" build=\"1\"/>"
                        + "<size package=\"10\" installed=\"1\" archive=\"1\"/><location href=\"Packages/p" + i
                        + ".rpm\"/><format><rpm:license>MIT</rpm:license><rpm:provides><rpm:entry name=\"p" + i
                        + "\"/></rpm:provides></format></package>\n", "</metadata>\n");
    }

    static InputStream filelists(int count) {
        return stream("<?xml version=\"1.0\"?>\n<filelists xmlns=\"http://linux.duke.edu/metadata/filelists\" "
                + "packages=\"" + count + "\">\n", count, i -> "<package pkgid=\"" + pkgid(i) + "\" name=\"p" + i
                + "\" arch=\"noarch\"><version epoch=\"0\" ver=\"1\" rel=\"1\"/><file>/usr/share/p" + i
                + "</file></package>\n", "</filelists>\n");
    }

    static InputStream other(int count) {
        return stream("<?xml version=\"1.0\"?>\n<otherdata xmlns=\"http://linux.duke.edu/metadata/other\" "
                + "packages=\"" + count + "\">\n", count, i -> "<package pkgid=\"" + pkgid(i) + "\" name=\"p" + i
                + "\" arch=\"noarch\"><version epoch=\"0\" ver=\"1\" rel=\"1\"/><changelog author=\"a\" date=\"1\">"
                + "- c</changelog></package>\n", "</otherdata>\n");
    }

    private static InputStream stream(String head, int count, IntFunction<String> item, String tail) {
        return new SequenceInputStream(new Enumeration<>() {
            private int next = -1;

            @Override
            public boolean hasMoreElements() {
                return next <= count;
            }

            @Override
            public InputStream nextElement() {
                if (!hasMoreElements()) {
                    throw new NoSuchElementException();
                }
                String s = next == -1 ? head : next == count ? tail : item.apply(next);
                next++;
                return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
            }
        });
    }
}
