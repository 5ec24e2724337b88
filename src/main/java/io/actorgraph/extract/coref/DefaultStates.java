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

    Country forOrgan(Mention m) {
        boolean forces = m.has(Mention.Flag.FORCES);
        for (int i = doc.position(m) - 1; i >= 0; i--) {
            Mention o = doc.ordered().get(i);
            if (o.sentence() < m.sentence() - 4) {
                break;
            }
            if (o.kind() == Mention.Kind.STATE_PHRASE && o.country() != null && !o.has(Mention.Flag.OFFICIAL)
                    && !o.has(Mention.Flag.MEDIA) && o.has(Mention.Flag.FORCES) == forces) {
                return o.country();
            }
        }
        return main;
    }

    Country main() {
        return main;
    }
}
