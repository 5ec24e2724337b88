package io.actorgraph.statement;

import io.actorgraph.model.Relation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What the JSON Schema cannot say about a statement document: references, offsets and real dates. */
final class StatementChecks {

    private StatementChecks() {
    }

    /** The first problem found, as a phrase that names where it is, or empty when the document is sound. */
    static Optional<String> check(StatementDocument doc) {
        if (doc.article().id().isBlank()) {
            return Optional.of("/article/id: the article id is blank");
        }
        Optional<String> bad = date("/article/date", doc.article().date());
        if (bad.isPresent()) {
            return bad;
        }
        Set<String> actors = new HashSet<>();
        for (int i = 0; i < doc.actors().size(); i++) {
            ActorStatement actor = doc.actors().get(i);
            if (!actors.add(actor.id())) {
                return Optional.of("/actors/" + i + "/id: actor id \"" + actor.id() + "\" is used twice");
            }
            if (actor.name().isBlank()) {
                return Optional.of("/actors/" + i + "/name: the name is blank");
            }
        }
        Set<String> events = new HashSet<>();
        for (int i = 0; i < doc.events().size(); i++) {
            EventStatement event = doc.events().get(i);
            String at = "/events/" + i;
            if (!events.add(event.id())) {
                return Optional.of(at + "/id: event id \"" + event.id() + "\" is used twice");
            }
            Optional<String> problem = firstPresent(
                    ref(at + "/place", event.place(), actors, "actor"),
                    date(at + "/date", event.date()));
            if (problem.isPresent()) {
                return problem;
            }
            List<EventStatement.Participant> participants = event.participants();
            for (int p = 0; p < participants.size(); p++) {
                problem = firstPresent(
                        ref(at + "/participants/" + p + "/actor", participants.get(p).actor(), actors, "actor"),
                        ref(at + "/participants/" + p + "/for", participants.get(p).forActor(), actors, "actor"));
                if (problem.isPresent()) {
                    return problem;
                }
            }
        }
        for (int i = 0; i < doc.facts().size(); i++) {
            FactStatement fact = doc.facts().get(i);
            String at = "/facts/" + i;
            Optional<String> problem = firstPresent(
                    ref(at + "/subject", fact.subject(), actors, "actor"),
                    ref(at + "/object", fact.object(), actors, "actor"),
                    ref(at + "/place", fact.place(), actors, "actor"),
                    ref(at + "/event", fact.event(), events, "event"),
                    date(at + "/date", fact.date()),
                    fact.office() == null ? Optional.empty() : date(at + "/office/since", fact.office().since()),
                    fact.office() == null ? Optional.empty() : date(at + "/office/until", fact.office().until()));
            if (problem.isPresent()) {
                return problem;
            }
            if (fact.subject().equals(fact.object())) {
                return Optional.of(at + ": subject and object are the same actor \"" + fact.subject() + "\"");
            }
            if (fact.evidence().end() <= fact.evidence().start()) {
                return Optional.of(at + "/evidence: end (" + fact.evidence().end() + ") must be after start ("
                        + fact.evidence().start() + ")");
            }
            if (fact.office() != null && fact.relation() != Relation.HOLDS_OFFICE) {
                return Optional.of(at + "/office: only HOLDS_OFFICE facts have an office, this one is "
                        + fact.relation());
            }
        }
        return Optional.empty();
    }

    @SafeVarargs
    private static Optional<String> firstPresent(Optional<String>... problems) {
        for (Optional<String> problem : problems) {
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> ref(String at, String id, Set<String> known, String what) {
        if (id == null || known.contains(id)) {
            return Optional.empty();
        }
        return Optional.of(at + ": no " + what + " with id \"" + id + "\" in this document");
    }

    private static Optional<String> date(String at, String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            switch (value.length()) {
                case 4 -> Integer.parseInt(value);
                case 7 -> YearMonth.parse(value);
                default -> LocalDate.parse(value);
            }
            return Optional.empty();
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.of(at + ": \"" + value + "\" is not a real date (YYYY, YYYY-MM or YYYY-MM-DD)");
        }
    }
}
