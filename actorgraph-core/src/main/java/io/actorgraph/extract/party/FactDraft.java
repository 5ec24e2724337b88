package io.actorgraph.extract.party;

import io.actorgraph.extract.coref.Entity;
import io.actorgraph.model.DatePrecision;
import io.actorgraph.model.Polarity;
import io.actorgraph.model.Relation;
import io.actorgraph.statement.Office;
import java.util.List;

/** A fact between two of the article's actors, before local ids are given out. */
public record FactDraft(Relation relation, Entity subject, Entity object, Polarity polarity, EventDraft event,
        int sentence, String attribution, List<String> hedges, String date, DatePrecision datePrecision, Entity place,
        Office office, double confidence) {
}
