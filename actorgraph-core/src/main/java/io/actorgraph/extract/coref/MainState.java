package io.actorgraph.extract.coref;

import io.actorgraph.extract.mention.Mention;
import io.actorgraph.extract.mention.TitleClaim;
import io.actorgraph.extract.pipeline.Doc;
import io.actorgraph.resolve.Countries;
import io.actorgraph.resolve.Country;
import java.util.HashMap;
import java.util.Map;

/**
 * The state an article is mostly about: named most (through its organs above all), with a push
 * from the dateline ("MUSCAT, Oct 10" is filed from Oman). Used for what the text leaves without a
 * state: "the government", "the army", "Economy Minister X" in a story about one country.
 */
public final class MainState {

    private final Country main;
    private final boolean dominant;

    private MainState(Country main, boolean dominant) {
        this.main = main;
        this.dominant = dominant;
    }

    public static MainState of(Doc doc, Countries countries) {
        Map<Country, Double> weight = new HashMap<>();
        for (Mention m : doc.mentions()) {
            for (TitleClaim c : m.titles()) {
                if (c.country() != null) {
                    weight.merge(c.country(), 1.0, Double::sum);
                }
            }
            if (m.country() == null) {
                continue;
            }
            double w = switch (m.kind()) {
                case STATE_PHRASE -> 2.0;
                case STATE, DEMONYM -> 1.0;
                default -> 0.0;
            };
            if (w > 0) {
                weight.merge(m.country(), w, Double::sum);
            }
        }
        Country dateline = null;
        if (doc.dateline() != null) {
            for (String part : doc.dateline().split(",")) {
                Country c = countries.byCity(part.strip()).orElseGet(() -> countries.byName(part.strip()).orElse(null));
                if (c != null) {
                    dateline = c;
                }
            }
            if (dateline != null) {
                weight.merge(dateline, 2.0, Double::sum);
            }
        }
        Country best = null;
        double first = 0;
        double second = 0;
        for (Map.Entry<Country, Double> e : weight.entrySet()) {
            if (e.getValue() > first) {
                second = first;
                first = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return new MainState(best, best != null && (first >= 1.5 * second || best == dateline && first > second));
    }

    /** The most named state, or null. */
    public Country main() {
        return main;
    }

    /** Whether it clearly leads the others (so that a lone "Economy Minister X" is taken to serve it). */
    public boolean dominant() {
        return dominant;
    }
}
