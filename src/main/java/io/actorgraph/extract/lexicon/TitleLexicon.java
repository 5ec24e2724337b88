package io.actorgraph.extract.lexicon;

import io.actorgraph.resolve.Tsv;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Office titles ({@code lexicon/titles.tsv}) and the grammar words around them: head words that
 * end a title ("Minister", "Chair", "envoy"), words that may stand before a head ("Deputy",
 * "Energy", "Supervisory"), and which heads belong to organisations rather than states.
 */
public final class TitleLexicon {

    public static final String RESOURCE = "/lexicon/titles.tsv";

    /** What a title row says: its kind and whose office it is (state, organisation, either). */
    public record TitleEntry(String title, String kind, String officeOf) {
    }

    private final Gazetteer<TitleEntry> titles = new Gazetteer<>();
    private final Set<String> heads = new HashSet<>();
    private final Set<String> orgHeads = new HashSet<>();
    private final Set<String> modifiers = new HashSet<>();

    TitleLexicon(List<Tsv.Row> rows, WordLists words) {
        for (Tsv.Row row : rows) {
            String title = row.get("title");
            TitleEntry entry = new TitleEntry(title, row.get("kind"), row.get("office_of"));
            titles.add(title, entry);
            titles.add(title.toLowerCase(Locale.ROOT), entry);
            String[] parts = title.toLowerCase(Locale.ROOT).split("\\s+");
            for (String p : parts) {
                modifiers.add(p);
            }
        }
        heads.addAll(words.category("title-head"));
        orgHeads.addAll(words.category("title-org-head"));
        modifiers.addAll(words.category("title-modifier"));
        modifiers.removeAll(Set.of("of", "the", "and", "for", "to", "on", "in"));
    }

    public Gazetteer<TitleEntry> titles() {
        return titles;
    }

    /** A word that can end a title ("minister", "chairman", "envoy"). */
    public boolean head(String word) {
        return heads.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A head that names an office in a body or firm, never a state's ("CEO", "chairman"). */
    public boolean orgHead(String word) {
        return orgHeads.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A word that may come before a head inside a title ("deputy", "foreign", "procurement"). */
    public boolean modifier(String word) {
        return modifiers.contains(word.toLowerCase(Locale.ROOT));
    }
}
