package io.actorgraph.extract.lexicon;

import io.actorgraph.resolve.Names;

/**
 * The folded form lexicon phrases and token runs are compared in: {@link Names#normalize}
 * (case, accents, dots, apostrophes, hyphens) with spaces dropped as well, so that
 * tokenisation does not matter ("Côte d’Ivoire" = "Cote d'Ivoire" = "cotedivoire").
 */
public final class Fold {

    private Fold() {
    }

    public static String phrase(String text) {
        String n = Names.normalize(text);
        StringBuilder out = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c != ' ') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** A token's folded form: like {@link #phrase} but keeps a lone "the" (normalize would drop a leading "the "). */
    public static String token(String word) {
        if (word.equalsIgnoreCase("the")) {
            return "the";
        }
        return phrase(word);
    }
}
