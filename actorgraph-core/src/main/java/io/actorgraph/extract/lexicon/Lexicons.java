package io.actorgraph.extract.lexicon;

import io.actorgraph.resolve.Countries;
import io.actorgraph.resolve.Tsv;

/**
 * Every lexicon the extractor reads, loaded once per process. A missing or broken file stops the
 * extractor at start-up with a message that names it.
 */
public record Lexicons(WorldLexicon world, TitleLexicon titles, DemonymPhrases demonymPhrases,
        RelationLexicon relations, WordLists words) {

    private static volatile Lexicons shared;

    public static Lexicons shared() {
        Lexicons local = shared;
        if (local == null) {
            synchronized (Lexicons.class) {
                local = shared;
                if (local == null) {
                    local = load();
                    shared = local;
                }
            }
        }
        return local;
    }

    public static Lexicons load() {
        WordLists words = WordLists.shared(); // the copy the static helpers read too
        WorldLexicon world = new WorldLexicon(Countries.world(), Tsv.readResource(WorldLexicon.ORGANISATIONS),
                Tsv.readResource(WorldLexicon.PHOENIX), Tsv.readResource(WorldLexicon.KINDS));
        TitleLexicon titles = new TitleLexicon(Tsv.readResource(TitleLexicon.RESOURCE), words);
        DemonymPhrases phrases = new DemonymPhrases(Tsv.readResource(DemonymPhrases.RESOURCE));
        RelationLexicon relations = RelationLexicon.load();
        return new Lexicons(world, titles, phrases, relations, words);
    }
}
