package io.actorgraph.extract;

import io.actorgraph.statement.StatementReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Gold case files in the format {@code ../shared/eval/score} reads: an article (inline, or named
 * by "article" relative to the case file), questions with expected, forbidden and allowed answers
 * (each an actor given by its acceptable names), and optionally a list of gold "facts".
 */
record GoldCases(Path file, Article article, List<Question> questions, List<GoldFact> facts) {

    record Question(String ask, List<List<String>> expect, List<List<String>> forbid, List<List<String>> allow) {
    }

    record GoldFact(String relation, List<String> subject, List<String> object, String polarity, String title,
            Boolean ended, String note) {
    }

    static GoldCases read(Path file) {
        try {
            JsonNode root = StatementReader.mapper().readTree(Files.readString(file));
            JsonNode art = root.has("text") ? root
                    : StatementReader.mapper().readTree(Files.readString(file.getParent().resolve(root.get("article").asString())));
            Article article = new Article(text(art, "id"), text(art, "title"), text(art, "date"), text(art, "source"),
                    text(art, "url"), art.get("text").asString());
            List<Question> questions = new ArrayList<>();
            for (JsonNode q : root.get("questions")) {
                questions.add(new Question(q.get("ask").asString(), lists(q.get("expect")), lists(q.get("forbid")),
                        lists(q.get("allow"))));
            }
            List<GoldFact> facts = new ArrayList<>();
            if (root.has("facts")) {
                for (JsonNode f : root.get("facts")) {
                    facts.add(new GoldFact(f.get("relation").asString(), strings(f.get("subject")), strings(f.get("object")),
                            f.has("polarity") ? f.get("polarity").asString() : "asserted", text(f, "title"),
                            f.has("ended") ? f.get("ended").asBoolean() : null, text(f, "note")));
                }
            }
            return new GoldCases(file, article, questions, facts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    private static List<List<String>> lists(JsonNode node) {
        List<List<String>> out = new ArrayList<>();
        if (node != null) {
            for (JsonNode alts : node) {
                out.add(strings(alts));
            }
        }
        return out;
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node != null) {
            if (node.isArray()) {
                node.forEach(n -> out.add(n.asString()));
            } else {
                out.add(node.asString());
            }
        }
        return out;
    }
}
