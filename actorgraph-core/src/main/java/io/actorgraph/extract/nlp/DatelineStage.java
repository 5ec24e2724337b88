package io.actorgraph.extract.nlp;

import io.actorgraph.extract.pipeline.Doc;
import io.actorgraph.extract.pipeline.Layer;
import io.actorgraph.extract.pipeline.Stage;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a news dateline at the start of the article ("NAIROBI, March 14 —", "SUVA, Fiji, Oct 2 -",
 * "WASHINGTON (Reuters) -") and keeps it out of the first sentence's parse and facts: it names
 * where the story was filed, not where anything happened.
 */
public final class DatelineStage implements Stage {

    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*\\p{Lu}[\\p{Lu} .'\u2019/-]*\\p{Lu}"           // PLACE in capitals ("CAIRO/GAZA")
            + "(?:,\\s*\\p{Lu}[\\p{L} .'\u2019-]{0,40}?)*"      // , Country / , State
            + "(?:\\s*\\([^)]{1,40}\\))?"                         // (Reuters)
            + "(?:,?\\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?"
            + "|\\d{1,2}\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?(?:\\s+\\d{4})?))?" // "16 March 2026"
            + "(?:\\s*\\([^)]{1,40}\\))?"
            + "\\s*(?:\u2014|\u2013|--|-)\\s+");

    @Override
    public String name() {
        return "dateline";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.DATELINE);
    }

    @Override
    public void process(Doc doc) {
        if (doc.sentences().isEmpty()) {
            return;
        }
        int end = datelineEnd(doc.text());
        if (end <= 0) {
            return;
        }
        String head = doc.text().substring(0, end).replaceAll("\\(.*?\\)", " ");
        head = head.replaceAll("[\u2014\u2013-]+\\s*$", "").replaceAll(",?\\s*(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}(,\\s*\\d{4})?\\s*$", "")
                .replaceAll(",?\\s*\\d{1,2}\\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?(\\s+\\d{4})?\\s*$", "");
        doc.dateline(head.strip());
        Sentence first = doc.sentences().get(0);
        for (Token t : first.tokens()) {
            if (t.begin() >= end) {
                first.firstContentToken(t.index());
                return;
            }
        }
    }

    /** Where the dateline ends in the text, or -1 when the text does not start with one. */
    static int datelineEnd(String text) {
        int lineEnd = text.indexOf('\n');
        String head = lineEnd < 0 ? text : text.substring(0, lineEnd);
        if (head.length() > 400) {
            head = head.substring(0, 400);
        }
        Matcher m = DATELINE.matcher(head);
        return m.find() ? m.end() : -1;
    }
}
