package io.actorgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QueryGuideTest {

    @Test
    void everyQueryFileIsASlide() {
        List<QueryGuide.Query> queries = QueryGuide.queries();
        assertThat(queries).extracting(QueryGuide.Query::name).contains("who-signed-with", "neighbourhood", "connection",
                "search-actors", "most-connected", "negated-facts");
        queries.forEach(q -> assertThat(q.cypher()).isNotBlank().doesNotStartWith("//"));
    }

    @Test
    void parametersBecomeParamCommands() {
        QueryGuide.Query q = QueryGuide.parse("connection", """
                // The shortest connection between two actors.
                // In Neo4j Browser:  :param from => 'state:syr'  :param to => 'state:tur'
                MATCH (a:Actor {key: $from}), (b:Actor {key: $to})
                RETURN a, b;
                """);
        assertThat(q.title()).isEqualTo("Connection");
        assertThat(q.description()).containsExactly("The shortest connection between two actors.");
        assertThat(q.params()).containsExactly(":param from => 'state:syr'", ":param to => 'state:tur'");
        assertThat(q.cypher()).startsWith("MATCH (a:Actor").endsWith("RETURN a, b;");
        assertThat(QueryGuide.parse("limit", "// In Neo4j Browser:  :param prefix => 'sy'  and  :param limit => 10\nRETURN 1")
                .params()).containsExactly(":param prefix => 'sy'", ":param limit => 10");
    }

    @Test
    void theGuideIsEscapedHtmlWithOneSlidePerQuery() {
        String html = QueryGuide.html();
        long slides = html.lines().filter(l -> l.equals("<slide>")).count();
        assertThat(slides).isEqualTo(QueryGuide.queries().size() + 1);
        assertThat(html).doesNotContain("<script").contains("-[:NAMES]-&gt;");
    }
}
