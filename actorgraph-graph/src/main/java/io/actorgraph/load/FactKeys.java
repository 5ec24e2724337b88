package io.actorgraph.load;

import io.actorgraph.model.Polarity;
import io.actorgraph.model.Relation;
import io.actorgraph.resolve.Names;
import io.actorgraph.statement.Office;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The identity of a fact across articles: relation, the two actors (in key order for
 * symmetric relations), polarity, and for offices the title. Two articles stating the same
 * fact therefore add evidence to one edge instead of drawing a second. The edge stores a
 * 64-bit hash of that identity as its {@code key}: short, evenly spread keys keep the
 * uniqueness index fast where long strings with shared prefixes were not.
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

    /** The readable identity: "SIGNED|org:x|state:syr|asserted". */
    public static String identity(Relation relation, String subject, String object, Polarity polarity, Office office) {
        String[] ends = orient(relation, subject, object);
        StringBuilder key = new StringBuilder(relation.name()).append('|').append(ends[0]).append('|')
                .append(ends[1]).append('|').append(polarity.name());
        if (relation == Relation.HOLDS_OFFICE && office != null && office.title() != null) {
            key.append('|').append(Names.normalize(office.title()));
        }
        return key.toString();
    }

    /** The key stored on the edge: the first 8 bytes of the identity's SHA-256, in hex. */
    public static String key(Relation relation, String subject, String object, Polarity polarity, Office office) {
        return hash(identity(relation, subject, object, polarity, office));
    }

    static String hash(String identity) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
