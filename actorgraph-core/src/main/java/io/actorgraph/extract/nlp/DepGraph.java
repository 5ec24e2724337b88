package io.actorgraph.extract.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A sentence's dependency graph (enhanced++ Universal Dependencies) over the sentence's token
 * indices. Tokens inside a collapsed multi-word mention other than its head carry no edges.
 */
public final class DepGraph {

    /** An edge from governor to dependent; {@code rel} is the full label ("obl:with", "nsubj:pass"). */
    public record Edge(int gov, String rel, int dep) {
        public boolean is(String label) {
            return rel.equals(label) || rel.startsWith(label + ":");
        }

        /** The case marker of an obl/nmod relation ("with" for "obl:with"), or "". */
        public String marker() {
            int colon = rel.indexOf(':');
            return colon < 0 ? "" : rel.substring(colon + 1);
        }
    }

    private final List<List<Edge>> out;
    private final List<List<Edge>> in;
    private final List<Integer> roots = new ArrayList<>();
    private final int[] basicHead;

    public DepGraph(int size) {
        basicHead = new int[size];
        java.util.Arrays.fill(basicHead, -1);
        out = new ArrayList<>(size);
        in = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(new ArrayList<>());
            in.add(new ArrayList<>());
        }
    }

    public static DepGraph empty(int size) {
        return new DepGraph(size);
    }

    public void add(int gov, String rel, int dep) {
        if (gov < 0) {
            roots.add(dep);
            return;
        }
        if (gov == dep) {
            return;
        }
        Edge e = new Edge(gov, rel, dep);
        if (!out.get(gov).contains(e)) {
            out.get(gov).add(e);
            in.get(dep).add(e);
        }
    }

    public List<Edge> children(int token) {
        return out.get(token);
    }

    public List<Edge> parents(int token) {
        return in.get(token);
    }

    public List<Integer> roots() {
        return roots;
    }

    public List<Integer> children(int token, String label) {
        List<Integer> result = new ArrayList<>();
        for (Edge e : out.get(token)) {
            if (e.is(label)) {
                result.add(e.dep());
            }
        }
        return result;
    }

    public List<Edge> childEdges(int token, Predicate<Edge> test) {
        List<Edge> result = new ArrayList<>();
        for (Edge e : out.get(token)) {
            if (test.test(e)) {
                result.add(e);
            }
        }
        return result;
    }

    public boolean hasChild(int token, String label) {
        return out.get(token).stream().anyMatch(e -> e.is(label));
    }

    public List<Integer> parents(int token, String label) {
        List<Integer> result = new ArrayList<>();
        for (Edge e : in.get(token)) {
            if (e.is(label)) {
                result.add(e.gov());
            }
        }
        return result;
    }

    public int size() {
        return out.size();
    }

    /** Sets the governor of {@code token} in the basic (tree) dependencies. */
    public void head(int token, int governor) {
        basicHead[token] = governor;
    }

    /** The governor in the basic dependency tree, or -1 for a root or a token outside the parse. */
    public int head(int token) {
        return basicHead[token];
    }

    /** The basic relation label from the head to this token, or "". */
    public String headRel(int token) {
        int h = basicHead[token];
        if (h < 0) {
            return "";
        }
        for (Edge e : in.get(token)) {
            if (e.gov() == h) {
                return e.rel();
            }
        }
        return "";
    }

    /** Whether {@code ancestor} dominates {@code token} along head links (or is it). */
    public boolean dominates(int ancestor, int token) {
        int t = token;
        for (int guard = 0; t >= 0 && guard < size() + 1; guard++) {
            if (t == ancestor) {
                return true;
            }
            t = head(t);
        }
        return false;
    }
}
