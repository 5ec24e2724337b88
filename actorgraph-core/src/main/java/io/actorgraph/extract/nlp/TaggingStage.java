package io.actorgraph.extract.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import io.actorgraph.extract.pipeline.Doc;
import io.actorgraph.extract.pipeline.Layer;
import io.actorgraph.extract.pipeline.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** CoreNLP tokenize, ssplit (a newline always ends a sentence), pos, lemma and coarse NER. */
public final class TaggingStage implements Stage {

    private final NlpModels models;

    public TaggingStage(NlpModels models) {
        this.models = models;
    }

    @Override
    public String name() {
        return "corenlp-tag";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TEXT);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.TOKENS);
    }

    @Override
    public void process(Doc doc) {
        String text = doc.text();
        Annotation annotation = new Annotation(text);
        models.tag(annotation);
        int index = 0;
        for (CoreMap s : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            if (labels.isEmpty()) {
                continue;
            }
            List<Token> tokens = new ArrayList<>(labels.size());
            for (CoreLabel l : labels) {
                String ner = l.ner() == null ? "O" : l.ner();
                tokens.add(new Token(tokens.size(), l.word(), l.lemma() == null ? l.word() : l.lemma(),
                        l.tag() == null ? "NN" : l.tag(), ner, l.beginPosition(), l.endPosition()));
            }
            int begin = tokens.get(0).begin();
            int end = tokens.get(tokens.size() - 1).end();
            doc.sentences().add(new Sentence(index++, begin, end, text.substring(begin, end), tokens));
        }
    }
}
