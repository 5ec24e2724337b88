package io.actorgraph.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One sentence that supports an answer, quoted from its article, with where it is in the
 * text, when the event happened, who the article attributes it to and how sure it is.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvidenceRef(
        String article,
        String sentence,
        Long start,
        Long end,
        String date,
        String datePrecision,
        String attribution,
        List<String> hedges,
        Double confidence,
        String place) {
}
