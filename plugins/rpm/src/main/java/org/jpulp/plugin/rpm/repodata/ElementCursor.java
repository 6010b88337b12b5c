package org.jpulp.plugin.rpm.repodata;

import java.io.InputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Streams the elements of one name (e.g. every {@code <package>}) out of a metadata file, one at a time. */
public final class ElementCursor implements AutoCloseable {

    private final XMLStreamReader reader;
    private final java.util.Set<String> elements;
    private final String file;
    private boolean done;

    public ElementCursor(InputStream in, String element, String file) {
        this(in, java.util.Set.of(element), file);
    }

    /** Streams every element with one of these local names (not nested in another one). */
    public ElementCursor(InputStream in, java.util.Set<String> elements, String file) {
        this.elements = elements;
        this.file = file;
        try {
            this.reader = SafeXml.reader(new java.io.FilterInputStream(in) {
                @Override
                public void close() {
                    // the caller owns the stream (and may still read it to its end, to verify it)
                }
            });
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    /** The next element, fully read; null at the end of the document (which is then checked to be well-formed). */
    public XmlElement next() {
        if (done) {
            return null;
        }
        try {
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT && elements.contains(reader.getLocalName())) {
                    return XmlElement.read(reader);
                }
            }
            done = true;
            return null;
        } catch (XMLStreamException e) {
            throw malformed(e);
        } catch (RuntimeException e) {
            if (e instanceof RepodataException) {
                throw e;
            }
            throw malformed(e);
        }
    }

    public String file() {
        return file;
    }

    private RepodataException malformed(Exception e) {
        if (e.getCause() instanceof RepodataException r) {
            return r;
        }
        return new RepodataException(file + " is not well-formed XML: " + e.getMessage(), e);
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (XMLStreamException e) {
            // nothing left to release
        }
    }
}
