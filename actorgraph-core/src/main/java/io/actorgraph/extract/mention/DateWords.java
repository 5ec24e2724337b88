package io.actorgraph.extract.mention;

import java.util.Set;

/** Month and weekday names, which are capitalised but never names of actors. */
final class DateWords {

    private static final Set<String> WORDS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday");

    private DateWords() {
    }

    static boolean isDateWord(String lower) {
        return WORDS.contains(lower.replace(".", ""));
    }
}
