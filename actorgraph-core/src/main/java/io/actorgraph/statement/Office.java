package io.actorgraph.statement;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The office of a HOLDS_OFFICE fact. {@code since} and {@code until} are ISO dates of any
 * precision; {@code ended} is true when the text says the tenure is over ("former", "ousted")
 * even without a date.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Office(String title, String since, String until, Boolean ended) {

    /** Derived, not a property: without this, Jackson writes it out as "over", which the schema refuses. */
    @JsonIgnore
    public boolean isOver() {
        return Boolean.TRUE.equals(ended) || until != null;
    }
}
