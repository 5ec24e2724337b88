package io.actorgraph.extract.lexicon;

import io.actorgraph.model.Relation;
import java.util.Map;
import java.util.Set;

/**
 * One row of {@code extract/relations.tsv}: a word that can state a relation, and where the
 * relation's sides sit around it. {@code args} maps a dependency position (subj, obj, pass, agent,
 * poss, amod, compound, acl or a preposition) to a role; {@code requires} lists dependents that
 * must be there ("speak" is a contact only "by phone").
 */
public record RelationRule(Relation relation, boolean noun, Set<String> lemmas, Map<String, Role> args,
        Map<String, Set<String>> requires) {

    /** A side of a relation as seen from its trigger word. */
    public enum Role {
        agent, target, site, document, place
    }

    public Role role(String position) {
        return args.get(position);
    }

    public boolean conditional() {
        return !requires.isEmpty();
    }
}
