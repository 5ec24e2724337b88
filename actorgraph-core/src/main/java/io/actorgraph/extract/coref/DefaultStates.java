package io.actorgraph.extract.coref;

import io.actorgraph.extract.mention.Mention;
import io.actorgraph.extract.pipeline.Doc;
import io.actorgraph.resolve.Country;

/**
 * Which state an organ without one belongs to ("the army", "the government", "government
 * negotiators"): the state whose organ of the same kind was named last (within a few sentences),
 * else the state the article is most about, weighted towards states named through their organs.
 */
final class DefaultStates {

    private final Doc doc;
    private final Country main;

    DefaultStates(Doc doc, NamedLinker named) {
        this.doc = doc;
        this.main = MainState.of(doc, io.actorgraph.resolve.Countries.world()).main();
    }

    /**
     * The state an organ without one belongs to: the state whose organs of the same kind (forces,
     * or government) the article names most, the latest of them on a tie; else the article's state.
     */
    Country forOrgan(Mention m) {
        boolean forces = m.has(Mention.Flag.FORCES);
        java.util.Map<Country, Integer> count = new java.util.HashMap<>();
        Country latest = null;
        for (Mention o : doc.ordered()) {
            if (o.kind() == Mention.Kind.STATE_PHRASE && o.country() != null && !o.has(Mention.Flag.OFFICIAL)
                    && !o.has(Mention.Flag.MEDIA) && o.has(Mention.Flag.FORCES) == forces) {
                count.merge(o.country(), 1, Integer::sum);
                if (doc.position(o) < doc.position(m)) {
                    latest = o.country();
                }
            }
        }
        Country best = latest;
        int bestCount = best == null ? 0 : count.get(best);
        for (java.util.Map.Entry<Country, Integer> e : count.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best != null ? best : main;
    }

    Country main() {
        return main;
    }
}
