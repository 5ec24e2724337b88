package io.actorgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.actorgraph.model.ActorType;
import io.actorgraph.model.Polarity;
import io.actorgraph.model.Relation;
import io.actorgraph.statement.ActorStatement;
import io.actorgraph.statement.ArticleMeta;
import io.actorgraph.statement.Evidence;
import io.actorgraph.statement.ExtractorInfo;
import io.actorgraph.statement.FactStatement;
import io.actorgraph.statement.Office;
import io.actorgraph.statement.StatementDocument;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The review table: one line per fact in text order, cut to a terminal's width, whole and tab-separated when piped. */
class FactTableTest {

    private static final String LONG = "After two days of talks in the harbour town of Port Velm, the Ruritanian trade minister "
            + "Ilsa Varnen met the chief executive of the Velm Shipping Company, a firm that runs most of the coast's ferries.";

    private static StatementDocument doc() {
        return StatementDocument.of(new ArticleMeta("velm-talks", "Talks in Velm", "2026-03-02", null, null),
                new ExtractorInfo("test", "0"),
                List.of(new ActorStatement("a1", ActorType.Person, "Ilsa Varnen", List.of("Varnen")),
                        new ActorStatement("a2", ActorType.Firm, "Velm Shipping Company", List.of()),
                        new ActorStatement("a3", ActorType.State, "Ruritania", List.of())),
                List.of(),
                List.of(new FactStatement(Relation.MET_WITH, "a1", "a2", Polarity.asserted, null,
                                new Evidence(LONG, 120, 120 + LONG.length()), null, null, null, null, null, null, 0.9),
                        new FactStatement(Relation.HOLDS_OFFICE, "a1", "a3", Polarity.asserted, null,
                                new Evidence(LONG, 120, 120 + LONG.length()), null, null, null, null, null,
                                new Office("trade minister", null, null, null), 0.8),
                        new FactStatement(Relation.VISITED, "a1", "a3", Polarity.negated, null,
                                new Evidence("Varnen did not visit Ruritania.", 10, 41), null, null, null, null, null, null, 0.7)));
    }

    private static List<String> print(Integer width) {
        StringWriter s = new StringWriter();
        try (PrintWriter out = new PrintWriter(s)) {
            new FactTable(width).print(doc(), out);
        }
        return s.toString().lines().toList();
    }

    @Test
    void pipedEveryFactIsOneWholeTabSeparatedLineInTextOrder() {
        List<String> lines = print(null);
        assertThat(lines.get(0)).isEqualTo("== velm-talks (2026-03-02): 3 facts");
        assertThat(lines.get(1).split("\t")).containsExactly("RELATION", "SUBJECT", "OBJECT", "POLARITY", "CONF", "EVIDENCE");
        assertThat(lines.get(2).split("\t"))
                .containsExactly("VISITED", "Ilsa Varnen", "Ruritania", "negated", "0.70", "Varnen did not visit Ruritania.");
        assertThat(lines.get(3).split("\t")).containsExactly("HOLDS_OFFICE", "Ilsa Varnen", "Ruritania (trade minister)",
                "asserted", "0.80", LONG);
        assertThat(lines.get(4).split("\t")).containsExactly("MET_WITH", "Ilsa Varnen", "Velm Shipping Company",
                "asserted", "0.90", LONG);
        assertThat(lines).hasSize(5);
    }

    @Test
    void onATerminalColumnsAlignAndTheSentenceIsCutToTheWidth() {
        List<String> lines = print(110);
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(110));
        String met = lines.stream().filter(l -> l.startsWith("MET_WITH")).findFirst().orElseThrow();
        assertThat(met).contains("Velm Shipping Company").contains("0.90").endsWith("…").contains("After two days of talks");
        int evidence = lines.get(1).indexOf("EVIDENCE");
        assertThat(met.indexOf("After two days")).isEqualTo(evidence);
        assertThat(lines.get(2)).endsWith("Varnen did not visit Ruritania."); // short enough to stay whole
    }
}
