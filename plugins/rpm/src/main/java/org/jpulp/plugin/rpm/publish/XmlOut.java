package org.jpulp.plugin.rpm.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** An {@link XMLStreamWriter} whose output goes into a {@link MetadataFile} as it is produced. */
final class XmlOut {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private XmlOut() {
    }

    static XMLStreamWriter into(MetadataFile file) {
        try {
            return FACTORY.createXMLStreamWriter(new Writer() {
                @Override
                public void write(char[] buffer, int offset, int length) {
                    try {
                        file.append(new String(buffer, offset, length));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public void flush() {
                }

                @Override
                public void close() {
                }
            });
        } catch (XMLStreamException e) {
            throw new IllegalStateException("no XML writer", e);
        }
    }

    /** {@code <name>text</name>}. */
    static void element(XMLStreamWriter xml, String name, Object text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text.toString());
        xml.writeEndElement();
    }
}
