package org.jpulp.plugin.rpm.testbed;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/** Runs {@code createrepo_c} over a directory and hands back its package entries, normalised for comparison. */
public final class Createrepo {

    private Createrepo() {
    }

    /** Entries of primary.xml, filelists.xml and other.xml by file name, as {@link #normalise}d text. */
    public record Entries(Map<String, String> primary, Map<String, String> filelists, Map<String, String> other) {
    }

    public static Entries run(Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("createrepo_c", "--quiet", "--no-database", "--simple-md-filenames",
                dir.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IOException("createrepo_c failed: " + out);
        }
        Map<String, String> primary = new LinkedHashMap<>();
        Map<String, String> nameToFile = new LinkedHashMap<>();
        for (Element pkg : packages(dir.resolve("repodata/primary.xml.gz"))) {
            String href = ((Element) pkg.getElementsByTagName("location").item(0)).getAttribute("href");
            String pkgid = ((Element) pkg.getElementsByTagName("checksum").item(0)).getTextContent();
            primary.put(href, normalise(pkg));
            nameToFile.put(pkgid, href);
        }
        Map<String, String> filelists = new LinkedHashMap<>();
        for (Element pkg : packages(dir.resolve("repodata/filelists.xml.gz"))) {
            filelists.put(nameToFile.get(pkg.getAttribute("pkgid")), normalise(pkg));
        }
        Map<String, String> other = new LinkedHashMap<>();
        for (Element pkg : packages(dir.resolve("repodata/other.xml.gz"))) {
            other.put(nameToFile.get(pkg.getAttribute("pkgid")), normalise(pkg));
        }
        return new Entries(primary, filelists, other);
    }

    /** One element as text: names, attributes sorted, character data trimmed; whitespace-only text dropped. */
    public static String normalise(String xml) {
        try {
            return normalise(DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new InputSource(new StringReader(xml))).getDocumentElement());
        } catch (Exception e) {
            throw new IllegalArgumentException("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
        }
    }

    public static String normalise(Element e) {
        StringBuilder out = new StringBuilder();
        append(e, 0, out);
        return out.toString();
    }

    private static void append(Element e, int level, StringBuilder out) {
        out.append("  ".repeat(level)).append('<').append(e.getTagName());
        NamedNodeMap attrs = e.getAttributes();
        TreeMap<String, String> sorted = new TreeMap<>();
        for (int i = 0; i < attrs.getLength(); i++) {
            if (!attrs.item(i).getNodeName().startsWith("xmlns")) {
                sorted.put(attrs.item(i).getNodeName(), attrs.item(i).getNodeValue());
            }
        }
        sorted.forEach((k, v) -> out.append(' ').append(k).append("=\"").append(v).append('"'));
        out.append(">");
        StringBuilder text = new StringBuilder();
        List<Element> children = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                children.add(child);
            } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(n.getNodeValue());
            }
        }
        out.append(text.toString().trim()).append('\n');
        children.forEach(c -> append(c, level + 1, out));
    }

    private static List<Element> packages(Path gz) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
            var nodes = doc.getDocumentElement().getElementsByTagName("package");
            List<Element> out = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                out.add((Element) nodes.item(i));
            }
            return out;
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("cannot parse " + gz + ": " + e.getMessage(), e);
        }
    }

    /** Copies packages into a fresh directory (createrepo_c takes a file's mtime; the copy is what both read). */
    public static Path repoOf(Path dir, Path... rpms) throws IOException {
        Files.createDirectories(dir);
        for (Path rpm : rpms) {
            Files.copy(rpm, dir.resolve(rpm.getFileName()));
        }
        return dir;
    }
}
