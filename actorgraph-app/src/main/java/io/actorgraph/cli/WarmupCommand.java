package io.actorgraph.cli;

import io.actorgraph.load.StatementLoader;
import io.actorgraph.model.ActorType;
import io.actorgraph.model.Relation;
import io.actorgraph.query.GraphQuestionService;
import io.actorgraph.query.QuestionForm;
import io.actorgraph.statement.ActorStatement;
import io.actorgraph.statement.ArticleMeta;
import io.actorgraph.statement.Evidence;
import io.actorgraph.statement.ExtractorInfo;
import io.actorgraph.statement.FactStatement;
import io.actorgraph.statement.StatementDocument;
import io.actorgraph.statement.StatementReader;
import io.actorgraph.store.GraphStore;
import io.actorgraph.store.StoreSpec;
import io.actorgraph.store.Stores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;

/**
 * A hidden command the launcher runs once after each build, under
 * {@code -XX:ArchiveClassesAtExit}: it opens a throw-away store, loads and asks, so that the
 * class-data-sharing archive holds what {@code ask} and {@code load} need and their cold start
 * skips most class loading.
 */
@Command(name = "warmup", hidden = true, description = "Exercise store, loader and questions once (for the CDS archive).")
public final class WarmupCommand implements Callable<Integer> {

    @Override
    public Integer call() throws IOException {
        Path folder = Files.createTempDirectory("actorgraph-warmup");
        try (GraphStore store = Stores.open(new StoreSpec(folder, null, null, null, null, "16m"))) {
            new StatementLoader(store).load(document());
            GraphQuestionService service = new GraphQuestionService(store);
            for (QuestionForm form : QuestionForm.values()) {
                String text = form.template().replace("X", "Ruritania");
                StatementReader.mapper().writeValueAsString(service.ask(text));
            }
            StatementReader.mapper().writeValueAsString(service.ask("who met with Nobody"));
        } finally {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return ExitCodes.OK;
    }

    private static StatementDocument document() {
        String sentence = "Ruritania and Freedonia met.";
        return StatementDocument.of(new ArticleMeta("warmup", null, "2025-01-01", null, null),
                new ExtractorInfo("warmup", "1"),
                List.of(new ActorStatement("a", ActorType.State, "Ruritania", List.of("Ruritanian")),
                        new ActorStatement("b", ActorType.State, "Freedonia", List.of())),
                List.of(),
                List.of(new FactStatement(Relation.MET_WITH, "a", "b", null, null, new Evidence(sentence, 0, 28),
                        null, null, null, null, null, null, 0.5)));
    }
}
