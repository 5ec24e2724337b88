package io.actorgraph.cli;

import io.actorgraph.query.Answer;
import io.actorgraph.query.AnswerItem;
import io.actorgraph.query.EvidenceRef;
import io.actorgraph.query.GraphQuestionService;
import io.actorgraph.query.QuestionService;
import io.actorgraph.statement.StatementReader;
import io.actorgraph.store.GraphStore;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code actorgraph ask}: answers relationship questions, each answer with its evidence. Loads no NLP model. */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = {"Answer questions about the graph. The forms (case-insensitive; X is any name or alias an article uses):",
            "  who met with X | who signed with X | who struck X | whom did X strike | who visited X | who holds office in X",
            "Give each question as one argument (quote it)."})
public final class AskCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Option(names = "--json", description = "Print one JSON object per question, one per line, and nothing else on stdout.")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "QUESTION", description = "Questions, e.g. \"who signed with Fjordgas\".")
    List<String> questions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<String> asked = questions;
        // `ask who met with X` unquoted arrives as words: take them as one question
        if (asked.size() > 1 && asked.stream().noneMatch(q -> q.strip().contains(" "))) {
            asked = List.of(String.join(" ", asked));
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Answer> answers = new ArrayList<>();
        try (GraphStore graph = store.open()) {
            QuestionService service = new GraphQuestionService(graph);
            for (String question : asked) {
                answers.add(service.ask(question));
            }
        }
        boolean unparsed = false;
        for (Answer answer : answers) {
            unparsed |= answer.failed();
            if (json) {
                out.println(StatementReader.mapper().writeValueAsString(answer));
            } else {
                printText(out, answer);
            }
        }
        out.flush();
        return unparsed ? ExitCodes.USAGE : ExitCodes.OK;
    }

    private static void printText(PrintWriter out, Answer answer) {
        out.println(answer.question());
        if (answer.failed()) {
            out.println("  error: " + answer.error());
        } else if (answer.actor() == null) {
            out.println("  no article names this actor");
        } else {
            out.printf("  %s: %s (%s)%n", answer.relation(), answer.actor().name(), answer.actor().type());
            if (answer.answers().isEmpty()) {
                out.println("  no answer in the graph");
            }
            for (AnswerItem item : answer.answers()) {
                out.printf("  - %s (%s)%s%s%n", item.name(), item.type(),
                        item.titles() == null || item.titles().isEmpty() ? "" : ", " + String.join("; ", item.titles()),
                        item.aliases() == null || item.aliases().isEmpty() ? "" : "  aka " + String.join(", ", item.aliases()));
                for (EvidenceRef e : item.evidence()) {
                    out.printf("      \"%s\" [%s%s%s]%n", e.sentence(), e.article(),
                            e.date() == null ? "" : ", " + e.date(),
                            e.attribution() == null ? "" : ", according to " + e.attribution());
                }
            }
        }
        out.println();
    }
}
