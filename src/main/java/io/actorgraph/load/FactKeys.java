package io.actorgraph.load;

import io.actorgraph.model.Polarity;
import io.actorgraph.model.Relation;
import io.actorgraph.resolve.Names;
import io.actorgraph.statement.Office;

/**
 * The identity of a fact across articles: relation, the two actors (in key order for
 * symmetric relations), polarity, and for offices the title. Two articles stating the same
 * fact therefore add evidence to one edge instead of drawing a second.
 */
public final class FactKeys {

    private FactKeys() {
    }

    /** Returns {subject, object} in the order the edge is drawn. */
    public static String[] orient(Relation relation, String subject, String object) {
        if (relation.symmetric() && subject.compareTo(object) > 0) {
            return new String[] {object, subject};
        }
        return new String[] {subject, object};
    }

    public static String key(Relation relation, String subject, String object, Polarity polarity, Office office) {
        String[] ends = orient(relation, subject, object);
        StringBuilder key = new StringBuilder(relation.name()).append('|').append(ends[0]).append('|')
                .append(ends[1]).append('|').append(polarity.name());
        if (relation == Relation.HOLDS_OFFICE && office != null && office.title() != null) {
            key.append('|').append(Names.normalize(office.title()));
        }
        return key.toString();
    }
}
