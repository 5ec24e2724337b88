package io.actorgraph.extract.lexicon;

import io.actorgraph.extract.nlp.Token;
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

    /**
     * What a title row says: its kind, whose office it is (state, organisation, either) and which
     * states' governments use it: only those listed ({@code states}, the first being the one news
     * mean when the text names none), or every state but those in {@code notStates}.
     */
    public record TitleEntry(String title, String kind, String officeOf, List<String> states, Set<String> notStates) {

        /** Whether the government of the state with this ISO code has an office of this title. */
        public boolean usedBy(String code) {
            return states.isEmpty() ? !notStates.contains(code) : states.contains(code);
        }

        /** The one state, or the few, whose governments alone use the title ("Taoiseach"). */
        public boolean peculiar() {
            return !states.isEmpty();
        }
    }

    private final Gazetteer<TitleEntry> titles = new Gazetteer<>();
    private final Set<String> heads = new HashSet<>();
    private final Set<String> orgHeads = new HashSet<>();
    private final Set<String> modifiers = new HashSet<>();

    TitleLexicon(List<Tsv.Row> rows, WordLists words) {
        for (Tsv.Row row : rows) {
            String title = row.get("title");
            List<String> states = row.list("states");
            boolean except = !states.isEmpty() && states.get(0).startsWith("!");
            if (except) {
                states = new java.util.ArrayList<>(states);
                states.set(0, states.get(0).substring(1));
            }
            TitleEntry entry = new TitleEntry(title, row.get("kind"), row.get("office_of"), except ? List.of() : List.copyOf(states),
                    except ? Set.copyOf(states) : Set.of());
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

    /** The longest lexicon title inside tokens [from, to) ("Under Secretary of State" in a longer title), or null. */
    public TitleEntry within(List<Token> tokens, int from, int to) {
        TitleEntry best = null;
        int bestLength = 0;
        for (Gazetteer.Match<TitleEntry> m : titles.findAll(tokens, from, to)) {
            if (m.end() - m.start() > bestLength) {
                best = m.values().get(0);
                bestLength = m.end() - m.start();
            }
        }
        return best;
    }

    /** A word that can end a title ("minister", "chairman", "envoy"). */
    public boolean head(String word) {
        return heads.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A plural of a head that is not a head itself ("Presidents", "Ministers"). */
    public boolean pluralHead(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.endsWith("s") && !heads.contains(w) && heads.contains(w.substring(0, w.length() - 1));
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
