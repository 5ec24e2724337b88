package io.actorgraph.extract;

import io.actorgraph.extract.lexicon.WordLists;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Tells English text from other languages by its function words: every English news text is
 * full of "the", "of", "and", "to"; other languages, even with English names in them, are not.
 */
public final class LanguageCheck {

    private static final Set<String> ENGLISH = WordLists.shared().category("english-common");

    private LanguageCheck() {
    }

    /** A one-line problem when the text is long enough to judge and does not look like English. */
    public static Optional<String> problem(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+");
        int total = 0;
        int english = 0;
        int latin = 0;
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            total++;
            if (ENGLISH.contains(word)) {
                english++;
            }
            if (word.chars().allMatch(c -> c < 0x250)) {
                latin++;
            }
        }
        if (total < 12) {
            return Optional.empty();
        }
        double share = (double) english / total;
        if (share < 0.08) {
            String script = latin < total / 2 ? "mostly non-Latin script" : String.format(Locale.ROOT,
                    "only %.0f%% English function words", share * 100);
            return Optional.of("the text does not look like English (" + script
                    + "); actorgraph extracts from English articles only: translate it first");
        }
        return Optional.empty();
    }
}
