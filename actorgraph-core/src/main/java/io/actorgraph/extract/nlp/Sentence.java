package io.actorgraph.extract.nlp;

import java.util.List;

/** One sentence: its index, its character span in the article text, its tokens and dependency graph. */
public final class Sentence {

    private final int index;
    private final int begin;
    private final int end;
    private final String text;
    private final List<Token> tokens; // mutable only through retag
    private DepGraph deps;
    private int firstContentToken;

    public Sentence(int index, int begin, int end, String text, List<Token> tokens) {
        this.index = index;
        this.begin = begin;
        this.end = end;
        this.text = text;
        this.tokens = new java.util.ArrayList<>(tokens);
        this.deps = DepGraph.empty(tokens.size());
    }

    public int index() {
        return index;
    }

    public int begin() {
        return begin;
    }

    public int end() {
        return end;
    }

    /** The sentence verbatim from the article. */
    public String text() {
        return text;
    }

    public List<Token> tokens() {
        return java.util.Collections.unmodifiableList(tokens);
    }

    /** Corrects a token's tag and lemma (the tagger's "denied meeting X" as a noun is a gerund). */
    public void retag(int i, String tag, String lemma) {
        Token t = tokens.get(i);
        tokens.set(i, new Token(t.index(), t.word(), lemma, tag, t.ner(), t.begin(), t.end()));
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public int size() {
        return tokens.size();
    }

    public DepGraph deps() {
        return deps;
    }

    public void deps(DepGraph graph) {
        this.deps = graph;
    }

    /** The first token after a dateline ("PARIS, May 3 —"); 0 when there is none. */
    public int firstContentToken() {
        return firstContentToken;
    }

    public void firstContentToken(int token) {
        this.firstContentToken = token;
    }

    /** The text of tokens [from, to) as written in the article. */
    public String span(String articleText, int from, int to) {
        if (from >= to) {
            return "";
        }
        return articleText.substring(tokens.get(from).begin(), tokens.get(to - 1).end());
    }
}
