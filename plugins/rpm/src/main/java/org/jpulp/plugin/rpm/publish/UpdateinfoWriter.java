package org.jpulp.plugin.rpm.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jpulp.common.content.PluginDocuments;
import org.jpulp.common.content.Unit;
import org.jpulp.common.plugin.PluginContext;
import org.jpulp.common.plugin.PluginException;
import org.jpulp.plugin.rpm.RpmUnits;

/**
 * The errata step: {@code updateinfo.xml.gz} from the repository's erratum units and their pkglists (side collection
 * {@value #PKGLISTS}, document {@code <repo_id>/<erratum id>}). Only packages published in this repository are listed:
 * non-modular ones merged into one collection {@code <repo>_0_default}, each collection of a module present in the
 * repository as {@code <repo>_<n>_<module name>}; an erratum left without any is omitted.
 */
final class UpdateinfoWriter {

    static final String PKGLISTS = "erratum_pkglists";
    private static final int BATCH = 200;

    private final PluginContext context;
    private final PublishedPackages packages;
    private final Set<String> modules;
    private final String checksumType;
    private final String updateinfoChecksumType;
    private final PublishStep step;
    private final Runnable report;

    UpdateinfoWriter(PluginContext context, PublishedPackages packages, Set<String> modules, String checksumType,
                     String updateinfoChecksumType, PublishStep step, Runnable report) {
        this.context = context;
        this.packages = packages;
        this.modules = modules;
        this.checksumType = checksumType;
        this.updateinfoChecksumType = updateinfoChecksumType;
        this.step = step;
        this.report = report;
    }

    RepomdEntry write(List<String> erratumIds, Path repodata) throws IOException {
        step.start(erratumIds.size());
        report.run();
        try (MetadataFile file = new MetadataFile(repodata, "updateinfo", "updateinfo.xml.gz", checksumType)) {
            XMLStreamWriter xml = XmlOut.into(file);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("updates");
            xml.writeCharacters("\n");
            for (int from = 0; from < erratumIds.size(); from += BATCH) {
                context.checkCanceled();
                List<Unit> errata = context.units().get(RpmUnits.ERRATUM,
                        erratumIds.subList(from, Math.min(erratumIds.size(), from + BATCH)));
                Map<String, Map<String, Object>> pkglists = pkglists(errata);
                for (Unit erratum : errata) {
                    writeErratum(xml, erratum, pkglists.get(documentId(erratum)));
                }
                step.processed(Math.min(erratumIds.size(), from + BATCH));
                report.run();
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            RepomdEntry entry = file.finish();
            step.finish();
            return entry;
        } catch (XMLStreamException e) {
            throw new IOException("writing updateinfo failed: " + e.getMessage(), e);
        }
    }

    private Map<String, Map<String, Object>> pkglists(List<Unit> errata) {
        PluginDocuments documents;
        try {
            documents = context.documents();
        } catch (UnsupportedOperationException e) {
            return Map.of();
        }
        return documents.getAll(PKGLISTS, errata.stream().map(this::documentId).toList());
    }

    private String documentId(Unit erratum) {
        return context.repoId() + "/" + erratum.key().get("id");
    }

    private void writeErratum(XMLStreamWriter xml, Unit erratum, Map<String, Object> pkglist)
            throws XMLStreamException {
        Map<String, Object> m = erratum.metadata();
        Map<String, List<Map<?, ?>>> collections = collections(pkglist);
        if (collections.isEmpty()) {
            return;
        }
        xml.writeStartElement("update");
        for (String attribute : List.of("status", "type", "version", "from")) {
            xml.writeAttribute(attribute, text(m.get(attribute)));
        }
        XmlOut.element(xml, "id", erratum.key().get("id"));
        xml.writeEmptyElement("issued");
        xml.writeAttribute("date", text(m.get("issued")));
        if (Boolean.TRUE.equals(m.get("reboot_suggested"))) {
            XmlOut.element(xml, "reboot_suggested", "True");
        }
        for (String optional : List.of("title", "release", "rights", "solution", "severity", "summary",
                "pushcount")) {
            if (!text(m.get(optional)).isEmpty()) {
                XmlOut.element(xml, optional, m.get(optional));
            }
        }
        XmlOut.element(xml, "description", text(m.get("description")));
        if (!text(m.get("updated")).isEmpty()) {
            xml.writeEmptyElement("updated");
            xml.writeAttribute("date", text(m.get("updated")));
        }
        writeReferences(xml, m.get("references"));
        xml.writeStartElement("pkglist");
        for (Map.Entry<String, List<Map<?, ?>>> collection : collections.entrySet()) {
            writeCollection(xml, collection.getKey(), collection.getValue());
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    /** Collection short name → its module (or null, first entry) followed by the packages to list. */
    private Map<String, List<Map<?, ?>>> collections(Map<String, Object> pkglist) {
        Map<String, List<Map<?, ?>>> out = new LinkedHashMap<>();
        if (pkglist == null || !(pkglist.get("collections") instanceof List<?> stored)) {
            return out;
        }
        String defaultName = context.repoId() + "_0_default";
        Set<String> seenDefault = new LinkedHashSet<>();
        List<Map<?, ?>> defaults = new ArrayList<>();
        int n = 1;
        for (Object c : stored) {
            if (!(c instanceof Map<?, ?> collection) || !(collection.get("packages") instanceof List<?> list)) {
                continue;
            }
            Map<?, ?> module = collection.get("module") instanceof Map<?, ?> mod ? mod : null;
            if (module != null && !modules.contains(moduleId(module))) {
                continue;
            }
            List<Map<?, ?>> kept = new ArrayList<>();
            kept.add(module);
            for (Object p : list) {
                if (p instanceof Map<?, ?> pkg && packages.get(nevra(pkg)) != null
                        && (module != null || seenDefault.add(nevra(pkg)))) {
                    kept.add(pkg);
                }
            }
            if (module != null) {
                out.put(context.repoId() + "_" + n++ + "_" + module.get("name"), kept);
            } else {
                defaults.addAll(kept.subList(1, kept.size()));
            }
        }
        if (!defaults.isEmpty()) {
            List<Map<?, ?>> kept = new ArrayList<>();
            kept.add(null);
            kept.addAll(defaults);
            Map<String, List<Map<?, ?>>> ordered = new LinkedHashMap<>();
            ordered.put(defaultName, kept);
            ordered.putAll(out);
            return ordered;
        }
        return out;
    }

    static String moduleId(Map<?, ?> module) {
        return module.get("name") + ":" + module.get("stream") + ":" + module.get("version") + ":"
                + module.get("context") + ":" + module.get("arch");
    }

    private static String nevra(Map<?, ?> pkg) {
        return PublishedPackages.nevra(pkg.get("name"), pkg.get("epoch"), pkg.get("version"), pkg.get("release"),
                pkg.get("arch"));
    }

    private void writeCollection(XMLStreamWriter xml, String name, List<Map<?, ?>> entries)
            throws XMLStreamException {
        xml.writeStartElement("collection");
        xml.writeAttribute("short", name);
        XmlOut.element(xml, "name", name);
        Map<?, ?> module = entries.get(0);
        if (module != null) {
            xml.writeEmptyElement("module");
            for (String attribute : List.of("name", "stream", "version", "context", "arch")) {
                xml.writeAttribute(attribute, text(module.get(attribute)));
            }
        }
        for (Map<?, ?> pkg : entries.subList(1, entries.size())) {
            writePackage(xml, pkg);
        }
        xml.writeEndElement();
    }

    private void writePackage(XMLStreamWriter xml, Map<?, ?> pkg) throws XMLStreamException {
        PublishedPackages.Published published = packages.get(nevra(pkg));
        xml.writeStartElement("package");
        xml.writeAttribute("name", text(pkg.get("name")));
        xml.writeAttribute("version", text(pkg.get("version")));
        xml.writeAttribute("release", text(pkg.get("release")));
        xml.writeAttribute("epoch", pkg.get("epoch") == null ? "0" : text(pkg.get("epoch")));
        xml.writeAttribute("arch", text(pkg.get("arch")));
        xml.writeAttribute("src", text(pkg.get("src")));
        XmlOut.element(xml, "filename", pkg.get("filename") == null ? published.filename() : pkg.get("filename"));
        String[] sum = sum(pkg, published);
        xml.writeStartElement("sum");
        xml.writeAttribute("type", sum[0]);
        xml.writeCharacters(sum[1]);
        xml.writeEndElement();
        for (String flag : List.of("reboot_suggested", "relogin_suggested", "restart_suggested")) {
            if (Boolean.TRUE.equals(pkg.get(flag))) {
                XmlOut.element(xml, flag, "True");
            }
        }
        xml.writeEndElement();
    }

    private String[] sum(Map<?, ?> pkg, PublishedPackages.Published published) {
        if (updateinfoChecksumType == null || updateinfoChecksumType.equals(checksumType)) {
            return new String[] {checksumType, published.checksum()};
        }
        if (pkg.get("sum") instanceof List<?> sum && sum.size() == 2 && updateinfoChecksumType.equals(sum.get(0))) {
            return new String[] {updateinfoChecksumType, text(sum.get(1))};
        }
        if (updateinfoChecksumType.equals(pkg.get("type")) && pkg.get("sums") != null) {
            return new String[] {updateinfoChecksumType, text(pkg.get("sums"))};
        }
        throw new PluginException("RPM1012: the " + updateinfoChecksumType + " checksum of " + pkg.get("filename")
                + " is not available for updateinfo");
    }

    private static void writeReferences(XMLStreamWriter xml, Object references) throws XMLStreamException {
        xml.writeStartElement("references");
        if (references instanceof List<?> list) {
            for (Object r : list) {
                if (r instanceof Map<?, ?> ref) {
                    xml.writeEmptyElement("reference");
                    for (String attribute : List.of("id", "title", "type", "href")) {
                        if (ref.get(attribute) != null) {
                            xml.writeAttribute(attribute, text(ref.get(attribute)));
                        }
                    }
                }
            }
        }
        xml.writeEndElement();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
