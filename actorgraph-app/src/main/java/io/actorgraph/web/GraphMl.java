package io.actorgraph.web;

import io.actorgraph.model.Relation;
import io.actorgraph.query.ActorRef;
import io.actorgraph.query.Subgraph;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A subgraph as GraphML, the XML graph format Gephi, yEd and Cytoscape desktop open: one node
 * per actor (label, type, aliases, key), one edge per fact (relation, polarity, dates,
 * confidence, evidence count, fact key); symmetric relations are undirected edges.
 */
final class GraphMl {

    static final String MEDIA_TYPE = "application/graphml+xml";

    private record Key(String id, String forWhat, String name, String type) {
    }

    private static final List<Key> KEYS = List.of(
            new Key("label", "node", "label", "string"),
            new Key("type", "node", "type", "string"),
            new Key("aliases", "node", "aliases", "string"),
            new Key("key", "node", "key", "string"),
            new Key("relation", "edge", "relation", "string"),
            new Key("elabel", "edge", "label", "string"),
            new Key("polarity", "edge", "polarity", "string"),
            new Key("firstDate", "edge", "firstDate", "string"),
            new Key("lastDate", "edge", "lastDate", "string"),
            new Key("title", "edge", "title", "string"),
            new Key("confidence", "edge", "confidence", "double"),
            new Key("evidenceCount", "edge", "evidenceCount", "long"),
            new Key("fact", "edge", "fact", "string"));

    private GraphMl() {
    }

    static String write(Subgraph graph) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
            xml.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            xml.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
                    "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            xml.writeCharacters("\n");
            for (Key key : KEYS) {
                xml.writeEmptyElement("key");
                xml.writeAttribute("id", key.id());
                xml.writeAttribute("for", key.forWhat());
                xml.writeAttribute("attr.name", key.name());
                xml.writeAttribute("attr.type", key.type());
                xml.writeCharacters("\n");
            }
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "actorgraph");
            xml.writeAttribute("edgedefault", "directed");
            xml.writeCharacters("\n");
            Set<String> nodes = new HashSet<>();
            for (ActorRef actor : graph.nodes()) {
                if (actor.key() == null || !nodes.add(actor.key())) {
                    continue;
                }
                xml.writeStartElement("node");
                xml.writeAttribute("id", actor.key());
                data(xml, "label", actor.name());
                data(xml, "type", actor.type());
                data(xml, "aliases", actor.aliases() == null || actor.aliases().isEmpty() ? null
                        : String.join("; ", actor.aliases()));
                data(xml, "key", actor.key());
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            int n = 0;
            for (Subgraph.Edge edge : graph.edges()) {
                // an edge must join two nodes of the file, or Gephi and yEd refuse it
                if (!nodes.contains(edge.from()) || !nodes.contains(edge.to())) {
                    continue;
                }
                xml.writeStartElement("edge");
                xml.writeAttribute("id", "e" + n++);
                xml.writeAttribute("source", edge.from());
                xml.writeAttribute("target", edge.to());
                boolean symmetric = Relation.parse(edge.relation()).map(Relation::symmetric).orElse(false);
                if (symmetric) {
                    xml.writeAttribute("directed", "false");
                }
                data(xml, "relation", edge.relation());
                data(xml, "elabel", edge.relation());
                data(xml, "polarity", edge.polarity());
                data(xml, "firstDate", edge.firstDate());
                data(xml, "lastDate", edge.lastDate());
                data(xml, "title", edge.title());
                data(xml, "confidence", edge.confidence() == null ? null : edge.confidence().toString());
                data(xml, "evidenceCount", edge.evidenceCount() == null ? null : edge.evidenceCount().toString());
                data(xml, "fact", edge.key());
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write GraphML", e);
        }
        return out.toString();
    }

    private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(clean(value));
        xml.writeEndElement();
    }

    /** XML 1.0 cannot carry most control characters, even escaped. */
    private static String clean(String value) {
        StringBuilder s = new StringBuilder(value.length());
        value.codePoints().filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000).forEach(s::appendCodePoint);
        return s.toString();
    }
}
