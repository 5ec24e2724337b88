package io.actorgraph.extract.coref;

import io.actorgraph.extract.lexicon.Lexicons;
import io.actorgraph.extract.mention.Mention;
import io.actorgraph.extract.nlp.DepGraph;
import io.actorgraph.extract.pipeline.Doc;
import io.actorgraph.extract.pipeline.Layer;
import io.actorgraph.extract.pipeline.Stage;
import io.actorgraph.model.ActorType;
import java.util.Set;

/**
 * Groups mentions into the article's actors: names first (states by lexicon code, organisations
 * by name, first words or acronym, people by full and short names), then pronouns and
 * descriptions. Statistical coreference was measured at 3-4 sentences a second here; these rules
 * cost next to nothing.
 */
public final class CorefStage implements Stage {

    private final Lexicons lex;

    public CorefStage(Lexicons lex) {
        this.lex = lex;
    }

    @Override
    public String name() {
        return "coref";
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.MENTIONS, Layer.DEPENDENCIES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.ENTITIES);
    }

    /**
     * "Magnitogorsk, a city in the Ural region of Russia", "Cleveland, Ohio": a place the lexicon does
     * not know lies in the state its appositive names (directly or through "a city in ... of X").
     */
    private void placesInStates(Doc doc) {
        for (Entity e : doc.entities()) {
            if (e.type() != ActorType.Place || e.country() != null) {
                continue;
            }
            for (Mention m : e.mentions()) {
                DepGraph g = doc.sentence(m.sentence()).deps();
                for (int a : g.children(m.head(), "appos")) {
                    Entity st = stateWithin(doc, g, m.sentence(), a, 0);
                    if (st != null) {
                        e.country(st.country());
                        break;
                    }
                }
                if (e.country() != null) {
                    break;
                }
            }
        }
    }

    private Entity stateWithin(Doc doc, DepGraph g, int sentence, int token, int depth) {
        for (Entity r : doc.referentsAt(sentence, token)) {
            if (r.isState() && r.country() != null) {
                return r;
            }
            if (r.type() == ActorType.Place && r.country() != null) {
                return States.of(doc, r.country());
            }
            var named = lex.world().countries().byName(r.name()); // "the Ural region of Russia" taken for a place named Russia
            if (r.type() == ActorType.Place && named.isPresent()) {
                return States.of(doc, named.get());
            }
        }
        if (depth >= 2) {
            return null;
        }
        for (DepGraph.Edge c : g.children(token)) {
            if (c.rel().equals("nmod:in") || c.rel().equals("nmod:of")) {
                Entity st = stateWithin(doc, g, sentence, c.dep(), depth + 1);
                if (st != null) {
                    return st;
                }
            }
        }
        return null;
    }

    @Override
    public void process(Doc doc) {
        NamedLinker named = new NamedLinker(doc);
        named.link();
        ReferenceResolver refs = new ReferenceResolver(doc, lex, named);
        refs.resolveOwners();
        refs.resolve();
        for (Entity e : doc.entities()) {
            if (e.type() == ActorType.Person) {
                for (String alias : PersonNames.derivedAliases(e.name())) {
                    e.aliases().add(alias);
                }
            }
            e.aliases().removeIf(a -> a.equalsIgnoreCase(e.name()));
        }
        placesInStates(doc);
        // a mention linked to nothing yet (an organisation's unnamed official) acts for its owner
        for (Mention m : doc.mentions()) {
            if (doc.referents(m).isEmpty() && m.has(Mention.Flag.OFFICIAL) && m.owner() >= 0) {
                var owners = doc.referents(doc.mentions().get(m.owner()));
                if (owners.size() == 1) {
                    doc.link(m, owners.get(0));
                }
            }
        }
    }
}
