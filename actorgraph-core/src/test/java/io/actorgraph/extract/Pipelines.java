package io.actorgraph.extract;

import io.actorgraph.extract.coref.CorefStage;
import io.actorgraph.extract.coref.Entity;
import io.actorgraph.extract.event.EventStage;
import io.actorgraph.extract.lexicon.Lexicons;
import io.actorgraph.extract.mention.MentionStage;
import io.actorgraph.extract.nlp.DatelineStage;
import io.actorgraph.extract.nlp.NlpModels;
import io.actorgraph.extract.nlp.ParseStage;
import io.actorgraph.extract.nlp.TaggingStage;
import io.actorgraph.extract.office.OfficeStage;
import io.actorgraph.extract.party.FactStage;
import io.actorgraph.extract.pipeline.Doc;
import io.actorgraph.extract.pipeline.Stage;
import io.actorgraph.extract.pipeline.StagePipeline;
import io.actorgraph.model.Relation;
import io.actorgraph.statement.ActorStatement;
import io.actorgraph.statement.FactStatement;
import io.actorgraph.statement.StatementDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Test support: the real stages over the models loaded once per JVM, run up to a given stage,
 * and small lookups over what they found. Every text here is invented.
 */
final class Pipelines {

    private static volatile List<Stage> stages;

    private Pipelines() {
    }

    static List<Stage> stages() {
        if (stages == null) {
            synchronized (Pipelines.class) {
                if (stages == null) {
                    NlpModels models = NlpModels.shared();
                    Lexicons lex = Lexicons.shared();
                    stages = List.of(new TaggingStage(models), new DatelineStage(), new MentionStage(lex),
                            new ParseStage(models), new CorefStage(lex), new OfficeStage(lex), new EventStage(lex),
                            new FactStage());
                }
            }
        }
        return stages;
    }

    /** Runs the stages up to and including the first of the given type. */
    static Doc runUpTo(Class<? extends Stage> last, String text, String date) {
        return runUpTo(last, text, date, null);
    }

    /** The same for an article with a source line ("U.S. Department of State"). */
    static Doc runUpTo(Class<? extends Stage> last, String text, String date, String source) {
        List<Stage> upTo = new ArrayList<>();
        for (Stage s : stages()) {
            upTo.add(s);
            if (last.isInstance(s)) {
                break;
            }
        }
        Doc doc = new Doc(new Article("test", null, date, source, null, text));
        new StagePipeline(upTo).run(doc);
        return doc;
    }

    static Doc run(String text, String date) {
        return runUpTo(FactStage.class, text, date);
    }

    static StatementDocument extract(String text, String date) {
        return Extractors.create().extract(new Article("test", null, date, null, null, text));
    }

    static Optional<Entity> entity(Doc doc, String name) {
        return doc.entities().stream().filter(e -> e.name().equalsIgnoreCase(name)
                || e.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(name))).findFirst();
    }

    /** The facts of a relation as "subject > object" (subject and object by name; "(neg)" when negated). */
    static List<String> facts(StatementDocument doc, Relation relation) {
        Map<String, String> names = doc.actors().stream().collect(Collectors.toMap(ActorStatement::id, ActorStatement::name));
        List<String> out = new ArrayList<>();
        for (FactStatement f : doc.facts()) {
            if (f.relation() == relation) {
                out.add(names.get(f.subject()) + " > " + names.get(f.object())
                        + (f.polarity().name().equals("negated") ? " (neg)" : ""));
            }
        }
        return out;
    }

    /** Whether a symmetric fact between two actors (by name) is asserted. */
    static boolean linked(StatementDocument doc, Relation relation, String a, String b) {
        List<String> fs = facts(doc, relation);
        return fs.contains(a + " > " + b) || relation.symmetric() && fs.contains(b + " > " + a);
    }

    static List<FactStatement> factsOf(StatementDocument doc, Relation relation, Function<String, Boolean> subject) {
        Map<String, String> names = doc.actors().stream().collect(Collectors.toMap(ActorStatement::id, ActorStatement::name));
        return doc.facts().stream().filter(f -> f.relation() == relation && subject.apply(names.get(f.subject()))).toList();
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
