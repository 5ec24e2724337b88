package io.actorgraph.statement;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.actorgraph.model.DatePrecision;
import io.actorgraph.model.Polarity;
import io.actorgraph.model.Relation;
import java.util.List;

/**
 * One binary fact with its provenance: who did what to whom, whether the text asserts or
 * negates it, who the text attributes it to, hedges ("reportedly"), when and where it
 * happened, and how confident the extractor is. Subject, object, place and event are local ids.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FactStatement(
        Relation relation,
        String subject,
        String object,
        Polarity polarity,
        String event,
        Evidence evidence,
        String attribution,
        List<String> hedges,
        String date,
        DatePrecision datePrecision,
        String place,
        Office office,
        Double confidence) {

    public FactStatement {
        polarity = polarity == null ? Polarity.asserted : polarity;
        hedges = hedges == null || hedges.isEmpty() ? null : List.copyOf(hedges);
        if (datePrecision == null && date != null) {
            datePrecision = DatePrecision.of(date);
        }
    }

    public double confidenceOrDefault() {
        return confidence == null ? 0.5 : confidence;
    }
}
