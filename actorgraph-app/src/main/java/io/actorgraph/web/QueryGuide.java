package io.actorgraph.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * A Neo4j Browser guide made from the files of {@code cypher/queries}: one slide per query
 * with what it does, its parameters as {@code :param} commands and the query itself, each a
 * block that a click puts into the editor. The very files the service runs, so the guide never
 * drifts from them.
 */
final class QueryGuide {

    /** One query file: its name, what its comment says, its example parameters and its Cypher. */
    record Query(String name, String title, List<String> description, List<String> params, String cypher) {
    }

    private static final Pattern PARAM = Pattern.compile(":param\\s+(\\w+)\\s*=>\\s*('[^']*'|\"[^\"]*\"|[^\\s]+)");

    private QueryGuide() {
    }

    static List<Query> queries() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver(QueryGuide.class.getClassLoader())
                    .getResources("classpath*:cypher/queries/*.cypher");
            List<Query> queries = new ArrayList<>();
            for (Resource file : files) {
                try (InputStream in = file.getInputStream()) {
                    String name = file.getFilename().replaceFirst("\\.cypher$", "");
                    queries.add(parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
            queries.sort(Comparator.comparing(Query::name));
            return queries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Query parse(String name, String text) {
        List<String> description = new ArrayList<>();
        List<String> params = new ArrayList<>();
        StringBuilder cypher = new StringBuilder();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("//")) {
                String comment = trimmed.substring(2).strip();
                Matcher m = PARAM.matcher(comment);
                boolean any = false;
                while (m.find()) {
                    params.add(":param " + m.group(1) + " => " + m.group(2));
                    any = true;
                }
                if (!any && !comment.startsWith("In Neo4j Browser")) {
                    description.add(comment);
                }
            } else if (!trimmed.isEmpty() || cypher.length() > 0) {
                cypher.append(line).append('\n');
            }
        }
        String title = Character.toUpperCase(name.charAt(0)) + name.substring(1).replace('-', ' ');
        return new Query(name, title, description, params, cypher.toString().strip());
    }

    static String html() {
        List<Query> queries = queries();
        StringBuilder s = new StringBuilder(16 * 1024);
        s.append("<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>actorgraph queries</title></head><body>\n");
        s.append("<article class=\"guide\">\n<slide>\n<h3>actorgraph queries</h3>\n")
                .append("<p>The Cypher files of <code>cypher/queries</code>: the very queries the REST API and")
                .append(" <code>actorgraph ask</code> run. Click a grey block to put it into the editor, then run it")
                .append(" (Ctrl+Enter). Set the parameters first: each <code>:param</code> block is one.</p>\n")
                .append("<p>The graph: <code>(:Actor)-[:MET_WITH|SIGNED|STRUCK|VISITED|HOLDS_OFFICE|...]-&gt;(:Actor)</code>,")
                .append(" each fact with its evidence on the edge (<code>r.articles</code>, <code>r.sentences</code>, ... one entry per sentence),")
                .append(" <code>(:Article)-[:MENTIONS]-&gt;(:Actor)</code> and <code>(:Name)-[:NAMES]-&gt;(:Actor)</code>.</p>\n<ul>\n");
        for (Query q : queries) {
            s.append("<li>").append(esc(q.title())).append("</li>\n");
        }
        s.append("</ul>\n<pre class=\"runnable\">MATCH (a:Actor)-[r]-(b:Actor) RETURN a, r, b LIMIT 100</pre>\n</slide>\n");
        for (Query q : queries) {
            s.append("<slide>\n<h3>").append(esc(q.title())).append("</h3>\n<p><code>cypher/queries/")
                    .append(esc(q.name())).append(".cypher</code></p>\n");
            if (!q.description().isEmpty()) {
                s.append("<p>").append(esc(String.join(" ", q.description()))).append("</p>\n");
            }
            for (String param : q.params()) {
                s.append("<pre class=\"runnable\">").append(esc(param)).append("</pre>\n");
            }
            s.append("<pre class=\"runnable\">").append(esc(q.cypher())).append("</pre>\n</slide>\n");
        }
        s.append("</article>\n</body></html>\n");
        return s.toString();
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }
}
