package io.actorgraph.extract.office;

import io.actorgraph.extract.coref.Entity;

/**
 * A person holds (or held) an office in a state, organisation or firm: title, whether the text
 * says it is over, since and until (ISO dates of any precision), the sentence that says so.
 */
public record OfficeClaim(Entity person, Entity owner, String title, boolean ended, String since, String until,
        int sentence, double confidence) {

    public boolean current() {
        return !ended && until == null;
    }

    public OfficeClaim with(boolean isEnded, String newSince, String newUntil) {
        return new OfficeClaim(person, owner, title, isEnded, newSince, newUntil, sentence, confidence);
    }
}
