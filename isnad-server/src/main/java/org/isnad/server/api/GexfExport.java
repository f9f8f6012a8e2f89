package org.isnad.server.api;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The entity graph as GEXF 1.3 (opens in Gephi): a mixed graph whose nodes carry the entity type
 * and mention count, and whose edges carry their kind ({@code co-mention}, {@code claim},
 * {@code action}) and weight. Written with the JDK's StAX writer, which does the XML escaping.
 */
final class GexfExport {
    static final String NS = "http://gexf.net/1.3";

    private GexfExport() {
    }

    static String write(EntityGraph g, String storyTitle) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("gexf");
            x.writeDefaultNamespace(NS);
            x.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            x.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
                    NS + " http://gexf.net/1.3/gexf.xsd");
            x.writeAttribute("version", "1.3");
            x.writeStartElement("meta");
            x.writeAttribute("lastmodifieddate", LocalDate.now(ZoneOffset.UTC).toString());
            element(x, "creator", "Isnad");
            element(x, "description", xmlText("Entity graph of the story: " + storyTitle));
            x.writeEndElement();
            x.writeStartElement("graph");
            x.writeAttribute("defaultedgetype", "undirected");
            x.writeAttribute("mode", "static");
            attributes(x, "node", new String[][] {{"type", "string"}, {"mentions", "integer"}});
            attributes(x, "edge", new String[][] {{"kind", "string"}});
            x.writeStartElement("nodes");
            for (EntityGraph.Node n : g.nodes()) {
                x.writeStartElement("node");
                x.writeAttribute("id", n.id());
                x.writeAttribute("label", xmlText(n.label()));
                x.writeStartElement("attvalues");
                attvalue(x, "type", n.type());
                attvalue(x, "mentions", Integer.toString(n.mentions()));
                x.writeEndElement();
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeStartElement("edges");
            int id = 0;
            for (EntityGraph.Edge e : g.edges()) {
                x.writeStartElement("edge");
                x.writeAttribute("id", "e" + id++);
                x.writeAttribute("source", e.source());
                x.writeAttribute("target", e.target());
                x.writeAttribute("type", e.directed() ? "directed" : "undirected");
                x.writeAttribute("weight", Integer.toString(e.weight()));
                x.writeAttribute("label", e.kind());
                x.writeStartElement("attvalues");
                attvalue(x, "kind", e.kind());
                x.writeEndElement();
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write GEXF", e);
        }
        return out.toString();
    }

    /** Drops the characters XML 1.0 cannot carry at all (control characters, U+FFFE, U+FFFF). */
    static String xmlText(String s) {
        return s.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", " ");
    }

    private static void attributes(XMLStreamWriter x, String cls, String[][] attrs) throws XMLStreamException {
        x.writeStartElement("attributes");
        x.writeAttribute("class", cls);
        x.writeAttribute("mode", "static");
        for (String[] a : attrs) {
            x.writeEmptyElement("attribute");
            x.writeAttribute("id", a[0]);
            x.writeAttribute("title", a[0]);
            x.writeAttribute("type", a[1]);
        }
        x.writeEndElement();
    }

    private static void attvalue(XMLStreamWriter x, String key, String value) throws XMLStreamException {
        x.writeEmptyElement("attvalue");
        x.writeAttribute("for", key);
        x.writeAttribute("value", value);
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(text);
        x.writeEndElement();
    }
}
