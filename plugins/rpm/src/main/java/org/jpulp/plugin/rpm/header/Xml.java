package org.jpulp.plugin.rpm.header;

/** A small indenting XML writer for repodata snippets (two spaces a level, as libxml2 formats them). */
final class Xml {

    private final StringBuilder out = new StringBuilder(2048);

    Xml indent(int level) {
        out.append("  ".repeat(level));
        return this;
    }

    Xml raw(String s) {
        out.append(s);
        return this;
    }

    Xml newline() {
        out.append('\n');
        return this;
    }

    /** {@code <name attrs...>} without a line break. */
    Xml open(int level, String name, String... attrs) {
        indent(level).out.append('<').append(name);
        attributes(attrs);
        out.append('>');
        return this;
    }

    Xml close(int level, String name) {
        indent(level).out.append("</").append(name).append(">\n");
        return this;
    }

    Xml empty(int level, String name, String... attrs) {
        indent(level).out.append('<').append(name);
        attributes(attrs);
        out.append("/>\n");
        return this;
    }

    /** {@code <name attrs>text</name>}; a null text writes an empty element. */
    Xml text(int level, String name, String text, String... attrs) {
        open(level, name, attrs);
        out.append(text(text)).append("</").append(name).append(">\n");
        return this;
    }

    private void attributes(String... attrs) {
        for (int i = 0; i + 1 < attrs.length; i += 2) {
            if (attrs[i + 1] != null) {
                out.append(' ').append(attrs[i]).append("=\"").append(attribute(attrs[i + 1])).append('"');
            }
        }
    }

    static String text(String s) {
        return escape(s, false);
    }

    static String attribute(String s) {
        return escape(s, true);
    }

    private static String escape(String s, boolean attribute) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append(attribute ? "&quot;" : "\"");
                case '\n' -> b.append(attribute ? "&#10;" : "\n");
                case '\r' -> b.append("&#13;");
                case '\t' -> b.append(attribute ? "&#9;" : "\t");
                default -> {
                    if (isXmlChar(c)) {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.toString();
    }

    private static boolean isXmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
