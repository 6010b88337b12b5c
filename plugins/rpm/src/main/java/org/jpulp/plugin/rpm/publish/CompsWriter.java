package org.jpulp.plugin.rpm.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jpulp.common.content.Unit;
import org.jpulp.common.plugin.PluginContext;
import org.jpulp.plugin.rpm.RpmUnits;

/** The comps step: {@code comps.xml} (type {@code group}, not compressed): groups, categories, environments, langpacks. */
final class CompsWriter {

    private final PluginContext context;
    private final String checksumType;

    CompsWriter(PluginContext context, String checksumType) {
        this.context = context;
        this.checksumType = checksumType;
    }

    RepomdEntry write(Map<String, List<String>> idsByType, Path repodata) throws IOException {
        try (MetadataFile file = new MetadataFile(repodata, "group", "comps.xml", checksumType)) {
            XMLStreamWriter xml = XmlOut.into(file);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeDTD("<!DOCTYPE comps PUBLIC \"-//Red Hat, Inc.//DTD Comps info//EN\" \"comps.dtd\">");
            xml.writeCharacters("\n");
            xml.writeStartElement("comps");
            xml.writeCharacters("\n");
            for (Unit group : units(RpmUnits.PACKAGE_GROUP, idsByType)) {
                writeGroup(xml, group);
            }
            for (Unit category : units(RpmUnits.PACKAGE_CATEGORY, idsByType)) {
                writeCategory(xml, category);
            }
            for (Unit environment : units(RpmUnits.PACKAGE_ENVIRONMENT, idsByType)) {
                writeEnvironment(xml, environment);
            }
            for (Unit langpacks : units(RpmUnits.PACKAGE_LANGPACKS, idsByType)) {
                writeLangpacks(xml, langpacks);
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            return file.finish();
        } catch (XMLStreamException e) {
            throw new IOException("writing comps.xml failed: " + e.getMessage(), e);
        }
    }

    private List<Unit> units(String type, Map<String, List<String>> idsByType) {
        return context.units().get(type, idsByType.getOrDefault(type, List.of())).stream()
                .sorted(Comparator.comparing(u -> String.valueOf(u.key().get("id")))).toList();
    }

    private static void writeGroup(XMLStreamWriter xml, Unit group) throws XMLStreamException {
        Map<String, Object> m = group.metadata();
        xml.writeStartElement("group");
        XmlOut.element(xml, "id", group.key().get("id"));
        XmlOut.element(xml, "default", Boolean.TRUE.equals(m.get("default")) ? "true" : "false");
        XmlOut.element(xml, "uservisible", Boolean.TRUE.equals(m.get("user_visible")) ? "true" : "false");
        XmlOut.element(xml, "display_order", displayOrder(m));
        if (m.get("langonly") != null) {
            XmlOut.element(xml, "langonly", m.get("langonly"));
        }
        writeTranslated(xml, m, "name", "translated_name");
        writeTranslated(xml, m, "description", "translated_description");
        xml.writeStartElement("packagelist");
        for (String type : List.of("mandatory", "default", "optional")) {
            for (Object name : list(m.get(type + "_package_names"))) {
                xml.writeStartElement("packagereq");
                xml.writeAttribute("type", type);
                xml.writeCharacters(String.valueOf(name));
                xml.writeEndElement();
            }
        }
        for (Object pair : list(m.get("conditional_package_names"))) {
            if (pair instanceof List<?> p && p.size() == 2) {
                xml.writeStartElement("packagereq");
                xml.writeAttribute("type", "conditional");
                xml.writeAttribute("requires", String.valueOf(p.get(1)));
                xml.writeCharacters(String.valueOf(p.get(0)));
                xml.writeEndElement();
            }
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void writeCategory(XMLStreamWriter xml, Unit category) throws XMLStreamException {
        Map<String, Object> m = category.metadata();
        xml.writeStartElement("category");
        XmlOut.element(xml, "id", category.key().get("id"));
        XmlOut.element(xml, "display_order", displayOrder(m));
        writeTranslated(xml, m, "name", "translated_name");
        writeTranslated(xml, m, "description", "translated_description");
        writeGroupIds(xml, "grouplist", list(m.get("packagegroupids")));
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void writeEnvironment(XMLStreamWriter xml, Unit environment) throws XMLStreamException {
        Map<String, Object> m = environment.metadata();
        xml.writeStartElement("environment");
        XmlOut.element(xml, "id", environment.key().get("id"));
        XmlOut.element(xml, "display_order", displayOrder(m));
        writeTranslated(xml, m, "name", "translated_name");
        writeTranslated(xml, m, "description", "translated_description");
        writeGroupIds(xml, "grouplist", list(m.get("group_ids")));
        xml.writeStartElement("optionlist");
        for (Object option : list(m.get("options"))) {
            if (option instanceof Map<?, ?> o) {
                xml.writeStartElement("groupid");
                if (Boolean.TRUE.equals(o.get("default"))) {
                    xml.writeAttribute("default", "true");
                }
                xml.writeCharacters(String.valueOf(o.get("group")));
                xml.writeEndElement();
            }
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void writeLangpacks(XMLStreamWriter xml, Unit langpacks) throws XMLStreamException {
        xml.writeStartElement("langpacks");
        for (Object match : list(langpacks.metadata().get("matches"))) {
            if (match instanceof Map<?, ?> m) {
                xml.writeEmptyElement("match");
                xml.writeAttribute("name", String.valueOf(m.get("name")));
                xml.writeAttribute("install", String.valueOf(m.get("install")));
            }
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void writeGroupIds(XMLStreamWriter xml, String element, List<?> ids) throws XMLStreamException {
        xml.writeStartElement(element);
        for (Object id : ids) {
            XmlOut.element(xml, "groupid", id);
        }
        xml.writeEndElement();
    }

    private static void writeTranslated(XMLStreamWriter xml, Map<String, Object> m, String element, String translated)
            throws XMLStreamException {
        XmlOut.element(xml, element, m.get(element));
        if (m.get(translated) instanceof Map<?, ?> translations) {
            for (Map.Entry<?, ?> t : new TreeMap<>(translations).entrySet()) {
                xml.writeStartElement(element);
                xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", String.valueOf(t.getKey()));
                xml.writeCharacters(String.valueOf(t.getValue()));
                xml.writeEndElement();
            }
        }
    }

    private static Object displayOrder(Map<String, Object> m) {
        return m.get("display_order") == null ? 1024 : m.get("display_order");
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> l ? l : List.of();
    }
}
