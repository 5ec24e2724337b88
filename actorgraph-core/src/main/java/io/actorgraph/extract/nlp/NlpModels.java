package io.actorgraph.extract.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * The CoreNLP models, loaded once per process and shared by every thread: a tagging pipeline
 * (tokenize, ssplit, pos, lemma, ner with the 3-class CRF only) and the neural dependency parser,
 * which runs separately on sentences whose multi-word names have been collapsed to one word.
 * <p>
 * Why this choice: on this machine the default NER (three CRFs, SUTime, the 580k-entry
 * fine-grained gazetteer) was ~70% of the time; the lexicons here already know states,
 * demonyms, cities, organisations and titles, and dates are resolved by our own rules.
 */
public final class NlpModels {

    private static volatile NlpModels shared;

    private final StanfordCoreNLP tagger;
    private final DependencyParseAnnotator parser;

    private NlpModels() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        // another CRF for experiments (docs/extraction.md measures the 4- and 7-class ones on the real sets)
        p.setProperty("ner.model", System.getProperty("actorgraph.nlp.nerModel",
                "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz"));
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        this.tagger = new StanfordCoreNLP(p);
        Properties d = new Properties();
        this.parser = new DependencyParseAnnotator(d);
    }

    /** The models, loading them on first use (about 10-20 s). */
    public static NlpModels shared() {
        NlpModels local = shared;
        if (local == null) {
            synchronized (NlpModels.class) {
                local = shared;
                if (local == null) {
                    local = new NlpModels();
                    shared = local;
                }
            }
        }
        return local;
    }

    /**
     * A pipeline of one's own, not shared: for a caller that keeps one per thread (a Spark
     * executor's tasks). Its dependency parser is its own; CoreNLP hands every pipeline of a JVM
     * built with the same properties the same tagger and NER instances (its annotator pool, which
     * it shares between its own threads too), so a second one costs little memory (a Spark job's
     * JVM measured 1.4-1.6 GB resident with one or two). Prefer {@link #shared()} otherwise.
     */
    public static NlpModels loadPrivate() {
        return new NlpModels();
    }

    public void tag(Annotation annotation) {
        tagger.annotate(annotation);
    }

    public void parse(Annotation annotation) {
        parser.annotate(annotation);
    }
}
