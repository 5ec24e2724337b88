package io.actorgraph.extract.lexicon;

import io.actorgraph.extract.nlp.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds lexicon phrases in a token sequence: longest match first, aligned to token
 * boundaries, compared in {@link Fold folded} form. Abbreviations written in capitals match
 * only in capitals ("US", not "us"); other phrases need a capital letter in the text unless the
 * lexicon writes them in lower case ("al-Qaeda").
 *
 * @param <T> what a phrase stands for
 */
public final class Gazetteer<T> {

    /** A phrase found at tokens [start, end), with everything the lexicon says it can be. */
    public record Match<T>(int start, int end, List<T> values) {
    }

    private record Entry<T>(T value, boolean capitals, boolean lowerOk, String raw) {
    }

    private static final int MAX_TOKENS = 10;

    private final Map<String, List<Entry<T>>> byKey = new HashMap<>();
    private final Set<String> prefixes = new HashSet<>();

    public void add(String phrase, T value) {
        String key = Fold.phrase(phrase);
        if (key.isEmpty()) {
            return;
        }
        boolean capitals = phrase.replaceAll("[^\\p{L}]", "").chars().allMatch(Character::isUpperCase)
                && phrase.replaceAll("[^\\p{L}]", "").length() >= 2;
        boolean lowerOk = Character.isLowerCase(phrase.codePointAt(0));
        List<Entry<T>> list = byKey.computeIfAbsent(key, k -> new ArrayList<>());
        for (Entry<T> e : list) {
            if (e.value().equals(value)) {
                return;
            }
        }
        list.add(new Entry<>(value, capitals, lowerOk, phrase));
        for (int i = 1; i < key.length(); i++) {
            prefixes.add(key.substring(0, i));
        }
    }

    /** Longest matches, left to right, not overlapping, in tokens [from, to). */
    public List<Match<T>> findAll(List<Token> tokens, int from, int to) {
        List<Match<T>> found = new ArrayList<>();
        int i = from;
        while (i < to) {
            Match<T> m = longestAt(tokens, i, to);
            if (m != null) {
                found.add(m);
                i = m.end();
            } else {
                i++;
            }
        }
        return found;
    }

    /** The longest phrase starting at token {@code start}, or null. */
    public Match<T> longestAt(List<Token> tokens, int start, int limit) {
        StringBuilder key = new StringBuilder();
        Match<T> best = null;
        for (int j = start; j < limit && j < start + MAX_TOKENS; j++) {
            String folded = Fold.token(tokens.get(j).word());
            if (folded.isEmpty()) {
                // a hyphen or apostrophe may join words ("Timor - Leste"), never end a phrase
                if (j == start || !tokens.get(j).word().matches("[-\u2010\u2011'\u2019.]")) {
                    break;
                }
                continue;
            }
            key.append(folded);
            String k = key.toString();
            List<Entry<T>> entries = byKey.get(k);
            if (entries != null) {
                List<T> values = new ArrayList<>();
                String written = joined(tokens, start, j + 1);
                for (Entry<T> e : entries) {
                    if (accepts(e, written)) {
                        values.add(e.value());
                    }
                }
                if (!values.isEmpty()) {
                    best = new Match<>(start, j + 1, values);
                }
            }
            if (!prefixes.contains(k) && entries == null) {
                break;
            }
        }
        return best;
    }

    public List<T> lookup(String phrase) {
        List<T> values = new ArrayList<>();
        List<Entry<T>> entries = byKey.get(Fold.phrase(phrase));
        if (entries != null) {
            entries.forEach(e -> values.add(e.value()));
        }
        return values;
    }

    private static String joined(List<Token> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            b.append(tokens.get(i).word());
        }
        return b.toString();
    }

    private static boolean accepts(Entry<?> e, String written) {
        if (e.capitals()) {
            String letters = written.replaceAll("[^\\p{L}]", "");
            return letters.equals(e.raw().replaceAll("[^\\p{L}]", ""));
        }
        if (e.lowerOk()) {
            return true;
        }
        int first = written.codePointAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first);
    }
}
