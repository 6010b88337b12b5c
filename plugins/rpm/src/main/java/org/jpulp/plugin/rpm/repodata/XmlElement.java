package org.jpulp.plugin.rpm.repodata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A small, fully read element (one {@code <package>}, {@code <update>} or {@code <group>} at a time, so that memory is
 * bounded by the largest element, not by the file). Keeps element order, attribute order and text (including the
 * whitespace between children), enough to write the element back as it was.
 */
public final class XmlElement {

    /** The namespace of {@code rpm:} elements in primary.xml. */
    public static final String RPM_NS = "http://linux.duke.edu/metadata/rpm";

    private final String namespace;
    private final String name;
    private final Map<String, String> attributes;
    /** {@link XmlElement}s and {@link String}s (text) in document order. */
    private final List<Object> content = new ArrayList<>();

    private XmlElement(String namespace, String name, Map<String, String> attributes) {
        this.namespace = namespace == null ? "" : namespace;
        this.name = name;
        this.attributes = attributes;
    }

    /** The most characters (text and attribute values) one element may hold, so a hostile one cannot fill memory. */
    public static final long MAX_CHARS = 64L << 20;

    /**
     * Reads the element the reader is positioned at (a START_ELEMENT), leaving it on the matching END_ELEMENT.
     *
     * @throws RepodataException when the element holds more than {@link #MAX_CHARS} characters
     */
    public static XmlElement read(XMLStreamReader r) throws XMLStreamException {
        return read(r, new long[1]);
    }

    private static XmlElement read(XMLStreamReader r, long[] chars) throws XMLStreamException {
        Map<String, String> attrs = new LinkedHashMap<>();
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String prefix = r.getAttributePrefix(i);
            String local = r.getAttributeLocalName(i);
            attrs.put(prefix == null || prefix.isEmpty() ? local : prefix + ":" + local, r.getAttributeValue(i));
            count(chars, r.getAttributeValue(i).length(), r);
        }
        XmlElement e = new XmlElement(r.getNamespaceURI(), r.getLocalName(), attrs);
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                e.content.add(read(r, chars));
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                count(chars, r.getTextLength(), r);
                int last = e.content.size() - 1;
                if (last >= 0 && e.content.get(last) instanceof String previous) {
                    e.content.set(last, previous + r.getText());
                } else {
                    e.content.add(r.getText());
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return e;
            }
        }
        throw new XMLStreamException("unexpected end of document inside <" + e.name + ">");
    }

    private static void count(long[] chars, long more, XMLStreamReader r) {
        chars[0] += more;
        if (chars[0] > MAX_CHARS) {
            throw new RepodataException("an element ending near line " + r.getLocation().getLineNumber()
                    + " holds more than " + MAX_CHARS + " characters");
        }
    }

    public String name() {
        return name;
    }

    public String namespace() {
        return namespace;
    }

    public String attr(String attribute) {
        return attributes.get(attribute);
    }

    public Map<String, String> attributes() {
        return attributes;
    }

    public List<XmlElement> children() {
        List<XmlElement> out = new ArrayList<>();
        content.forEach(c -> {
            if (c instanceof XmlElement x) {
                out.add(x);
            }
        });
        return out;
    }

    public List<XmlElement> children(String childName) {
        return children().stream().filter(c -> c.name.equals(childName)).toList();
    }

    public XmlElement child(String childName) {
        for (Object c : content) {
            if (c instanceof XmlElement x && x.name.equals(childName)) {
                return x;
            }
        }
        return null;
    }

    /** The text of the first child with this name, trimmed of nothing; null without such a child. */
    public String childText(String childName) {
        XmlElement c = child(childName);
        return c == null ? null : c.text();
    }

    public String text() {
        StringBuilder s = new StringBuilder();
        content.forEach(c -> {
            if (c instanceof String t) {
                s.append(t);
            }
        });
        return s.toString();
    }

    /**
     * Writes the element back as XML the way createrepo_c (libxml2) does: empty elements with attributes as
     * {@code <x a=""/>}, empty text elements as {@code <x></x>}; elements of {@code rpmNamespace} with the {@code rpm:} prefix, others unprefixed;
     * attributes and text passed through {@code rewrite}, which may replace values (e.g. with placeholders).
     */
    public void write(StringBuilder out, Rewrite rewrite) {
        String tag = RPM_NS.equals(namespace) ? "rpm:" + name : name;
        out.append('<').append(tag);
        attributes.forEach((k, v) -> {
            String value = rewrite.attribute(this, k, v);
            if (value != null) {
                out.append(' ').append(k).append("=\"");
                escape(out, value, true);
                out.append('"');
            }
        });
        if (content.isEmpty() && !attributes.isEmpty()) {
            out.append("/>");
            return;
        }
        out.append('>');
        String replaced = rewrite.text(this);
        if (replaced != null) {
            escape(out, replaced, false);
        } else {
            for (Object c : content) {
                if (c instanceof XmlElement x) {
                    x.write(out, rewrite);
                } else {
                    escape(out, (String) c, false);
                }
            }
        }
        out.append("</").append(tag).append('>');
    }

    /** libxml2's escaping, which createrepo_c uses: in attributes also non-ASCII characters as {@code &#xEB;}. */
    private static void escape(StringBuilder out, String s, boolean attribute) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (attribute && c > 0x7f) {
                int codePoint = s.codePointAt(i);
                out.append("&#x").append(Integer.toHexString(codePoint).toUpperCase(java.util.Locale.ROOT)).append(';');
                i += Character.charCount(codePoint) - 1;
                continue;
            }
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                case '\r' -> out.append("&#13;");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                default -> out.append(c);
            }
        }
    }

    /** Replacements applied while writing; return the value unchanged to keep it, null to drop an attribute. */
    public interface Rewrite {
        Rewrite NONE = new Rewrite() {
        };

        default String attribute(XmlElement element, String attribute, String value) {
            return value;
        }

        /** Replacement text of an element (which must then have no child elements), or null to keep it. */
        default String text(XmlElement element) {
            return null;
        }
    }
}
