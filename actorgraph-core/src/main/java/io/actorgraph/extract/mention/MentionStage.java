package io.actorgraph.extract.mention;

import io.actorgraph.extract.lexicon.Lexicons;
import io.actorgraph.extract.nlp.Sentence;
import io.actorgraph.extract.pipeline.Doc;
import io.actorgraph.extract.pipeline.Layer;
import io.actorgraph.extract.pipeline.Stage;
import java.util.Set;

/**
 * Finds every mention of an actor: names (lexicon, NER, descriptors), people with their titles
 * (title grammar, before and after the name), states through demonym phrases ("the Ghanaian
 * government", "a Peruvian official"), capitals named through their state, pronouns and
 * descriptions to resolve later.
 */
public final class MentionStage implements Stage {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MentionStage.class);

    private final Lexicons lex;
    private final NameFinder names;
    private final TitleParser titles;

    public MentionStage(Lexicons lex) {
        this.lex = lex;
        this.names = new NameFinder(lex);
        this.titles = new TitleParser(lex);
    }

    @Override
    public String name() {
        return "mentions";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS, Layer.DATELINE);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.MENTIONS);
    }

    @Override
    public void process(Doc doc) {
        DocNames docNames = new DocNames(doc.sentences());
        for (Sentence s : doc.sentences()) {
            int before = doc.mentions().size();
            try {
                new SentenceMentions(doc, s, lex, titles, names.find(s, docNames)).run();
            } catch (RuntimeException e) {
                // an odd sentence loses its mentions, not the article its facts
                doc.mentions().subList(before, doc.mentions().size()).clear();
                LOG.debug("mentions failed on sentence {} of {}", s.index(), doc.article().id(), e);
            }
        }
    }
}
