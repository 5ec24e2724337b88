package io.actorgraph.extract.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import io.actorgraph.extract.mention.Mention;
import io.actorgraph.extract.pipeline.Doc;
import io.actorgraph.extract.pipeline.Layer;
import io.actorgraph.extract.pipeline.Stage;
import io.actorgraph.model.ActorType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Dependency-parses each sentence with its multi-word mentions collapsed to one proper noun
 * ("Norway's Trade Minister and Havbruk's Supervisory Board Chair Eirik Solheim co-signed the
 * deal" is parsed as "Solheim co-signed the deal"), and maps the graph back to the
 * sentence's tokens. Long chains of capitalised title words and names are where CoreNLP's fast
 * parser goes wrong; without them it gets the clause structure right far more often, and the
 * shorter input parses faster. The dateline is left out.
 */
public final class ParseStage implements Stage {

    private final NlpModels models;

    public ParseStage(NlpModels models) {
        this.models = models;
    }

    @Override
    public String name() {
        return "corenlp-depparse";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS, Layer.MENTIONS, Layer.DATELINE);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.DEPENDENCIES);
    }

    @Override
    public void process(Doc doc) {
        List<CoreMap> sentences = new ArrayList<>();
        List<int[]> maps = new ArrayList<>();
        List<CoreLabel> all = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<Mention> top = topLevel(doc.mentionsIn(s.index()));
            List<CoreLabel> labels = new ArrayList<>();
            List<Integer> map = new ArrayList<>();
            int m = 0;
            for (int i = s.firstContentToken(); i < s.size(); ) {
                while (m < top.size() && top.get(m).start() < i) {
                    m++;
                }
                gerund(s, i, top, m, labels);
                Token tok = s.token(i);
                if (m < top.size() && top.get(m).start() == i && top.get(m).length() > 1) {
                    Mention mention = top.get(m);
                    Token head = s.token(mention.head());
                    labels.add(label(head.word(), collapsedTag(mention, head), head.word(), labels.size() + 1, s.index(),
                            s.token(mention.start()).begin(), s.token(mention.end() - 1).end()));
                    map.add(mention.head());
                    i = mention.end();
                } else {
                    labels.add(label(tok.word(), tok.tag(), tok.lemma(), labels.size() + 1, s.index(), tok.begin(), tok.end()));
                    map.add(i);
                    i++;
                }
            }
            if (labels.isEmpty()) {
                maps.add(new int[0]);
                sentences.add(null);
                continue;
            }
            CoreMap sentence = new ArrayCoreMap();
            sentence.set(CoreAnnotations.TokensAnnotation.class, labels);
            sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, s.index());
            sentences.add(sentence);
            maps.add(map.stream().mapToInt(Integer::intValue).toArray());
            all.addAll(labels);
        }
        List<CoreMap> nonEmpty = sentences.stream().filter(x -> x != null).toList();
        Annotation annotation = new Annotation(doc.text());
        annotation.set(CoreAnnotations.SentencesAnnotation.class, nonEmpty);
        annotation.set(CoreAnnotations.TokensAnnotation.class, all);
        models.parse(annotation);
        for (Sentence s : doc.sentences()) {
            CoreMap sentence = sentences.get(s.index());
            if (sentence == null) {
                continue;
            }
            int[] map = maps.get(s.index());
            DepGraph graph = new DepGraph(s.size());
            SemanticGraph basic = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            SemanticGraph enhanced = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            if (basic == null || enhanced == null) {
                continue;
            }
            for (SemanticGraphEdge e : basic.edgeIterable()) {
                graph.head(map[e.getDependent().index() - 1], map[e.getGovernor().index() - 1]);
            }
            for (IndexedWord root : enhanced.getRoots()) {
                graph.add(-1, "root", map[root.index() - 1]);
            }
            for (SemanticGraphEdge e : enhanced.edgeIterable()) {
                graph.add(map[e.getGovernor().index() - 1], e.getRelation().toString(), map[e.getDependent().index() - 1]);
            }
            s.deps(graph);
        }
    }

    /**
     * "denied meeting Russian officials": after a verb and before a noun phrase, an -ing word the
     * tagger read as a noun is a gerund; tagged so, the parser makes the phrase its object.
     */
    private static void gerund(Sentence s, int i, List<Mention> top, int m, List<CoreLabel> labels) {
        Token tok = s.token(i);
        if (!tok.tag().startsWith("NN") || !tok.lower().endsWith("ing") || labels.isEmpty() || i + 1 >= s.size()) {
            return;
        }
        String before = labels.get(labels.size() - 1).tag();
        Token next = s.token(i + 1);
        boolean phraseNext = next.tag().equals("DT") || next.tag().startsWith("JJ") || next.tag().startsWith("NNP")
                || next.tag().equals("PRP") || next.tag().equals("PRP$") || m < top.size() && top.get(m).start() == i + 1;
        boolean participle = before.equals(",") && next.tag().equals("IN") && !next.is("of"); // ", landing in X"
        if (before.startsWith("VB") && phraseNext || participle) {
            String lemma = edu.stanford.nlp.process.Morphology.lemmaStatic(tok.word(), "VBG");
            s.retag(i, "VBG", lemma);
        }
    }

    private static List<Mention> topLevel(List<Mention> mentions) {
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(Mention::start).thenComparing(Comparator.comparingInt(Mention::length).reversed()));
        List<Mention> top = new ArrayList<>();
        int end = -1;
        for (Mention m : sorted) {
            if (m.start() >= end) {
                top.add(m);
                end = m.end();
            }
        }
        return top;
    }

    private static String collapsedTag(Mention m, Token head) {
        if (m.kind() == Mention.Kind.DESCRIPTION || m.kind() == Mention.Kind.PRONOUN) {
            return head.tag();
        }
        if (m.type() == ActorType.Person || m.kind() == Mention.Kind.NAME || m.kind() == Mention.Kind.STATE
                || m.kind() == Mention.Kind.CAPITAL) {
            return "NNP";
        }
        return head.tag().endsWith("S") ? "NNPS" : "NNP";
    }

    private static CoreLabel label(String word, String tag, String lemma, int index, int sentIndex, int begin, int end) {
        CoreLabel l = new CoreLabel();
        l.setWord(word);
        l.setValue(word);
        l.setOriginalText(word);
        l.setTag(tag);
        l.setLemma(lemma);
        l.setIndex(index);
        l.setSentIndex(sentIndex);
        l.setBeginPosition(begin);
        l.setEndPosition(end);
        return l;
    }
}
