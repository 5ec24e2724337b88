package io.actorgraph.extract.lexicon;

import io.actorgraph.resolve.Tsv;
import java.util.List;

/**
 * Phrases that make a demonym (or a state's name used as an adjective) stand for the state
 * ({@code lexicon/demonym-phrases.tsv}): "{demonym} government" means the state, "{demonym}
 * troops" its forces, "{demonym} state media" its media, "{demonym} official" an unnamed official.
 * Stored by the words after the placeholder, matched right after a demonym.
 */
public final class DemonymPhrases {

    public static final String RESOURCE = "/lexicon/demonym-phrases.tsv";

    private final Gazetteer<String> tails = new Gazetteer<>();

    DemonymPhrases(List<Tsv.Row> rows) {
        for (Tsv.Row row : rows) {
            String pattern = row.get("pattern");
            int at = pattern.indexOf("{demonym}");
            if (at != 0) {
                continue; // only "{demonym} words" patterns are used
            }
            String tail = pattern.substring("{demonym}".length()).trim().toLowerCase(java.util.Locale.ROOT);
            if (!tail.isEmpty()) {
                tails.add(tail, row.get("means"));
            }
        }
    }

    /** The words that may follow a demonym, with what the whole phrase means. */
    public Gazetteer<String> tails() {
        return tails;
    }
}
