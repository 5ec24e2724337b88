package io.actorgraph.extract.mention;

import io.actorgraph.extract.lexicon.WordLists;
import java.util.Set;

/** Month and weekday names, which are capitalised but never names of actors. */
final class DateWords {

    private static final Set<String> WORDS = WordLists.shared().category("date-word");

    private DateWords() {
    }

    static boolean isDateWord(String lower) {
        return WORDS.contains(lower.replace(".", ""));
    }
}
