package io.actorgraph.extract;

import io.actorgraph.load.StatementLoader;
import io.actorgraph.model.Polarity;
import io.actorgraph.model.Relation;
import io.actorgraph.query.Answer;
import io.actorgraph.query.AnswerItem;
import io.actorgraph.query.GraphQuestionService;
import io.actorgraph.statement.ActorStatement;
import io.actorgraph.statement.FactStatement;
import io.actorgraph.statement.StatementDocument;
import io.actorgraph.statement.StatementReader;
import io.actorgraph.store.EmbeddedStore;
import io.actorgraph.store.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Runs gold cases the way {@code ../shared/eval/score} does, in one process: extract the
 * article, check the statements against the schema, load them into an empty embedded store,
 * ask the questions with {@link GraphQuestionService} and count. Also counts the gold "facts"
 * the statements contain.
 */
final class FixtureRun implements AutoCloseable {

    private final Extractor extractor;
    private final Path folder;
    private final EmbeddedStore store;
    private final StatementLoader loader;
    private final GraphQuestionService service;
    private final StatementReader reader = new StatementReader();
    final AnswerScore score = new AnswerScore();
    int goldFacts;
    int foundFacts;
    final List<String> missedFacts = new ArrayList<>();

    FixtureRun(Extractor extractor) {
        this.extractor = extractor;
        try {
            this.folder = Files.createTempDirectory("fixture-store");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.store = EmbeddedStore.open(EmbeddedStore.Options.of(folder).withPageCache("64m"));
        Schema.apply(store);
        this.loader = new StatementLoader(store);
        this.service = new GraphQuestionService(store);
    }

    void run(GoldCases c) {
        store.write(tx -> tx.run("MATCH (n) DETACH DELETE n", Map.of()));
        StatementDocument doc = extractor.extract(c.article());
        String json = StatementReader.mapper().writeValueAsString(doc);
        reader.parse(c.file().getFileName().toString(), json, false); // schema and reference checks
        loader.load(doc);
        score.lines.add("== " + c.file().getFileName());
        for (GoldCases.Question q : c.questions()) {
            Answer a = service.ask(q.ask());
            List<Set<String>> given = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (AnswerItem item : a.answers() == null ? List.<AnswerItem>of() : a.answers()) {
                given.add(AnswerScore.names(item.name(), item.aliases()));
                names.add(item.name());
            }
            score.add(q, given, names);
            if (a.actor() == null && a.error() == null) {
                score.lines.add("   (no actor named \"" + q.ask() + "\" in the graph)");
            }
        }
        facts(c, doc);
    }

    private void facts(GoldCases c, StatementDocument doc) {
        Map<String, ActorStatement> actors = new HashMap<>();
        doc.actors().forEach(a -> actors.put(a.id(), a));
        for (GoldCases.GoldFact g : c.facts()) {
            goldFacts++;
            boolean hit = false;
            for (FactStatement f : doc.facts()) {
                if (!f.relation().name().equals(g.relation()) || !f.polarity().name().equals(g.polarity())) {
                    continue;
                }
                Set<String> s = names(actors.get(f.subject()));
                Set<String> o = names(actors.get(f.object()));
                boolean forward = AnswerScore.matches(s, g.subject()) && AnswerScore.matches(o, g.object());
                boolean backward = f.relation().symmetric() && AnswerScore.matches(o, g.subject())
                        && AnswerScore.matches(s, g.object());
                if (!(forward || backward)) {
                    continue;
                }
                if (f.relation() == Relation.HOLDS_OFFICE && g.ended() != null && f.office() != null
                        && g.ended() != f.office().isOver()) {
                    continue;
                }
                if (f.relation() == Relation.HOLDS_OFFICE && g.ended() == null && f.polarity() == Polarity.asserted
                        && f.office() != null && f.office().isOver()) {
                    continue;
                }
                hit = true;
                break;
            }
            if (hit) {
                foundFacts++;
            } else {
                missedFacts.add(c.file().getFileName() + ": " + g.relation() + " " + g.subject().get(0) + " -> "
                        + g.object().get(0) + " " + g.polarity() + (g.ended() != null ? " ended=" + g.ended() : ""));
            }
        }
    }

    private static Set<String> names(ActorStatement a) {
        return AnswerScore.names(a.name(), a.aliases());
    }

    static List<Path> caseFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".questions.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        store.close();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }

    /** Prints a scorer-like report for case files: {@code FixtureRun CASE.json...}. */
    public static void main(String[] args) {
        Extractor extractor = Extractors.create();
        try (FixtureRun run = new FixtureRun(extractor)) {
            long t0 = System.nanoTime();
            for (String a : args) {
                run.run(GoldCases.read(Path.of(a)));
            }
            run.score.lines.forEach(System.out::println);
            run.missedFacts.forEach(m -> System.out.println("missed fact: " + m));
            System.out.println("facts: " + run.foundFacts + "/" + run.goldFacts);
            System.out.println(run.score.summary());
            System.out.printf("(%.1f s)%n", (System.nanoTime() - t0) / 1e9);
        }
        System.exit(0);
    }
}
