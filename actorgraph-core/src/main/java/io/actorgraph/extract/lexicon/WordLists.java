package io.actorgraph.extract.lexicon;

import io.actorgraph.extract.nlp.Token;
import io.actorgraph.resolve.Tsv;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Word classes the rules use ({@code extract/words.tsv}): negation, planning verbs, hedges,
 * speech verbs, light verbs, organ nouns and so on. A word written with '-' inside ("air-force")
 * also matches the two tokens "air force".
 */
public final class WordLists {

    public static final String RESOURCE = "/extract/words.tsv";

    private final Map<String, Set<String>> words = new HashMap<>();

    WordLists(List<Tsv.Row> rows) {
        for (Tsv.Row row : rows) {
            Set<String> set = words.computeIfAbsent(row.get("category"), k -> new HashSet<>());
            for (String w : row.list("words")) {
                set.add(w.toLowerCase(Locale.ROOT));
            }
        }
    }

    public static WordLists load() {
        return new WordLists(Tsv.readResource(RESOURCE));
    }

    private static volatile WordLists shared;

    /** One copy per process, for the few static helpers that read a category (name particles, month names). */
    public static WordLists shared() {
        WordLists w = shared;
        if (w == null) {
            synchronized (WordLists.class) {
                if (shared == null) {
                    shared = load();
                }
                w = shared;
            }
        }
        return w;
    }

    /** Fails at start-up when a rule asks for a category the file does not have. */
    public Set<String> category(String name) {
        Set<String> set = words.get(name);
        if (set == null) {
            throw new IllegalStateException("word category \"" + name + "\" is missing from " + RESOURCE);
        }
        return set;
    }

    public boolean has(String category, String word) {
        return category(category).contains(word.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
    }

    /** Whether the token's word or lemma is in the category. */
    public boolean has(String category, Token token) {
        Set<String> set = category(category);
        return set.contains(token.lower().replace('\u2019', '\'')) || set.contains(token.lem());
    }

    /** Tokens matched from {@code start} by the longest entry of the category (0 when none). */
    public int matchAt(String category, List<Token> tokens, int start) {
        Set<String> set = category(category);
        int best = 0;
        StringBuilder b = new StringBuilder();
        for (int j = start; j < tokens.size() && j < start + 4; j++) {
            if (j > start) {
                b.append('-');
            }
            b.append(tokens.get(j).lower());
            if (set.contains(b.toString())) {
                best = j - start + 1;
            } else if (j == start && set.contains(tokens.get(j).lem())) {
                best = 1;
            }
        }
        return best;
    }
}
