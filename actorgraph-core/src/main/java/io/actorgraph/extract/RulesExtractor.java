package io.actorgraph.extract;

import io.actorgraph.extract.coref.CorefStage;
import io.actorgraph.extract.event.EventStage;
import io.actorgraph.extract.office.OfficeStage;
import io.actorgraph.extract.party.FactStage;
import io.actorgraph.extract.lexicon.Lexicons;
import io.actorgraph.extract.mention.MentionStage;
import io.actorgraph.extract.nlp.DatelineStage;
import io.actorgraph.extract.nlp.NlpModels;
import io.actorgraph.extract.nlp.ParseStage;
import io.actorgraph.extract.nlp.TaggingStage;
import io.actorgraph.extract.output.StatementAssembler;
import io.actorgraph.extract.pipeline.Doc;
import io.actorgraph.extract.pipeline.Stage;
import io.actorgraph.extract.pipeline.StagePipeline;
import io.actorgraph.statement.StatementDocument;
import java.util.List;
import java.util.Map;

/**
 * The rule-based extractor: CoreNLP for tokens, tags, coarse NER and dependencies; lexicons and
 * rules for everything after (mentions, titles, coreference, offices, relations, parties). One
 * instance serves all threads; the models and lexicons are loaded once.
 */
public final class RulesExtractor implements Extractor {

    public static final String NAME = "actorgraph-rules";
    public static final String VERSION = "0.1.0";

    private final StagePipeline pipeline;
    private final StatementAssembler assembler = new StatementAssembler();

    public RulesExtractor(NlpModels models, Lexicons lex) {
        List<Stage> stages = List.of(
                new TaggingStage(models),
                new DatelineStage(),
                new MentionStage(lex),
                new ParseStage(models),
                new CorefStage(lex),
                new OfficeStage(lex),
                new EventStage(lex),
                new FactStage());
        this.pipeline = new StagePipeline(stages);
    }

    @Override
    public StatementDocument extract(Article article) {
        Doc doc = new Doc(article);
        pipeline.run(doc);
        if (DebugDump.enabled()) {
            DebugDump.print(doc, System.err);
        }
        return assembler.assemble(doc, NAME, VERSION);
    }

    /** Milliseconds spent per stage so far (all threads), for the benchmark report. */
    public Map<String, Long> timings() {
        return pipeline.millisByStage();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String version() {
        return VERSION;
    }
}
