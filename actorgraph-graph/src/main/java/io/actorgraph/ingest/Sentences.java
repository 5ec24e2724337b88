package io.actorgraph.ingest;

import java.text.BreakIterator;
import java.util.Locale;

/** Counts sentences for rates (progress bar, benchmark) without loading any model. */
public final class Sentences {

    private Sentences() {
    }

    public static int count(String text) {
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        it.setText(text);
        int count = 0;
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            if (!text.substring(start, end).isBlank()) {
                count++;
            }
        }
        return count;
    }
}
