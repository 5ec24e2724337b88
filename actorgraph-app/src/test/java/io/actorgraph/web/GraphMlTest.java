package io.actorgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.actorgraph.query.ActorRef;
import io.actorgraph.query.Subgraph;
import java.io.StringReader;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class GraphMlTest {

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    @Test
    void nodesEdgesAndTheirAttributes() throws Exception {
        Subgraph graph = new Subgraph(
                List.of(new ActorRef("Zélandia", "State", List.of("Republic of Zélandia"), "state:zelandia"),
                        new ActorRef("Kestrel <Brigades> & co", "Organisation", List.of(), "org:kestrel"),
                        new ActorRef("Vesterland", "State", null, "state:vesterland")),
                List.of(new Subgraph.Edge("STRUCK|org:kestrel|state:zelandia|asserted", "STRUCK", "org:kestrel",
                                "state:zelandia", "asserted", 0.85, "2024-05-10", "2024-05-10", null, null, 1L),
                        new Subgraph.Edge("SIGNED|state:vesterland|state:zelandia|asserted", "SIGNED", "state:vesterland",
                                "state:zelandia", "asserted", 0.9, null, null, null, null, 2L),
                        // an edge to a node outside the subgraph is left out, or Gephi refuses the file
                        new Subgraph.Edge("MET_WITH|a|b|asserted", "MET_WITH", "person:a", "state:zelandia", "asserted",
                                null, null, null, null, null, 1L)));
        Document xml = parse(GraphMl.write(graph));
        assertThat(xml.getElementsByTagNameNS("*", "node").getLength()).isEqualTo(3);
        assertThat(xml.getElementsByTagNameNS("*", "edge").getLength()).isEqualTo(2);
        Element struck = (Element) xml.getElementsByTagNameNS("*", "edge").item(0);
        assertThat(struck.getAttribute("source")).isEqualTo("org:kestrel");
        assertThat(struck.hasAttribute("directed")).isFalse();
        Element signed = (Element) xml.getElementsByTagNameNS("*", "edge").item(1);
        assertThat(signed.getAttribute("directed")).isEqualTo("false");
        assertThat(xml.getDocumentElement().getTextContent()).contains("Kestrel <Brigades> & co", "Republic of Zélandia",
                "2024-05-10");
        // every data element refers to a declared key
        var keys = new java.util.HashSet<String>();
        var declared = xml.getElementsByTagNameNS("*", "key");
        for (int i = 0; i < declared.getLength(); i++) {
            keys.add(((Element) declared.item(i)).getAttribute("id"));
        }
        var data = xml.getElementsByTagNameNS("*", "data");
        for (int i = 0; i < data.getLength(); i++) {
            assertThat(keys).contains(((Element) data.item(i)).getAttribute("key"));
        }
    }

    @Test
    void controlCharactersCannotBreakTheXml() throws Exception {
        Subgraph graph = new Subgraph(List.of(new ActorRef("bad\u0001name", "Person", List.of(), "person:x")), List.of());
        assertThat(parse(GraphMl.write(graph)).getDocumentElement().getTextContent()).contains("badname");
    }
}
