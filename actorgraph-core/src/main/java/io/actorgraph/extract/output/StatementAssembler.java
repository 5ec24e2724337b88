package io.actorgraph.extract.output;

import io.actorgraph.extract.coref.Entity;
import io.actorgraph.extract.mention.Mention;
import io.actorgraph.extract.nlp.Sentence;
import io.actorgraph.extract.party.EventDraft;
import io.actorgraph.extract.party.FactDraft;
import io.actorgraph.extract.pipeline.Doc;
import io.actorgraph.statement.ActorStatement;
import io.actorgraph.statement.ArticleMeta;
import io.actorgraph.statement.EventStatement;
import io.actorgraph.statement.Evidence;
import io.actorgraph.statement.ExtractorInfo;
import io.actorgraph.statement.FactStatement;
import io.actorgraph.statement.StatementDocument;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a document's actors, events and facts as a statements document: local ids ("a1",
 * "e1"), each fact with its sentence verbatim and its offsets in the article text. Actors are
 * those the article names or that take part in a fact.
 */
public final class StatementAssembler {

    private static final int MAX_NAME = 300;

    public StatementDocument assemble(Doc doc, String name, String version) {
        var a = doc.article();
        Map<Entity, String> ids = new LinkedHashMap<>();
        for (Entity e : doc.entities()) {
            if (named(e)) {
                ids.computeIfAbsent(e, x -> "a" + (ids.size() + 1));
            }
        }
        for (FactDraft f : doc.facts()) {
            ids.computeIfAbsent(f.subject(), x -> "a" + (ids.size() + 1));
            ids.computeIfAbsent(f.object(), x -> "a" + (ids.size() + 1));
            if (f.place() != null) {
                ids.computeIfAbsent(f.place(), x -> "a" + (ids.size() + 1));
            }
        }
        for (EventDraft ev : doc.events()) {
            ev.participants().forEach(p -> {
                ids.computeIfAbsent(p.actor(), x -> "a" + (ids.size() + 1));
                if (p.forParty() != null) {
                    ids.computeIfAbsent(p.forParty(), x -> "a" + (ids.size() + 1));
                }
            });
            if (ev.place() != null) {
                ids.computeIfAbsent(ev.place(), x -> "a" + (ids.size() + 1));
            }
        }
        List<ActorStatement> actors = new ArrayList<>();
        ids.forEach((e, id) -> actors.add(new ActorStatement(id, e.type(), clip(e.name()),
                e.aliases().stream().filter(s -> !s.isBlank() && !s.equalsIgnoreCase(e.name())).map(StatementAssembler::clip)
                        .toList())));
        Map<EventDraft, String> eventIds = new IdentityHashMap<>();
        List<EventStatement> events = new ArrayList<>();
        for (EventDraft ev : doc.events()) {
            String id = "e" + (events.size() + 1);
            eventIds.put(ev, id);
            List<EventStatement.Participant> ps = new ArrayList<>();
            for (EventDraft.Participant p : ev.participants()) {
                ps.add(new EventStatement.Participant(ids.get(p.actor()), p.role(),
                        p.forParty() == null ? null : ids.get(p.forParty())));
            }
            events.add(new EventStatement(id, ev.relation(), ev.name(), ev.date(), ev.date() == null ? null : ev.datePrecision(),
                    ev.place() == null ? null : ids.get(ev.place()), ps));
        }
        List<FactStatement> facts = new ArrayList<>();
        for (FactDraft f : doc.facts()) {
            Sentence s = doc.sentence(f.sentence());
            String event = f.event() == null ? null : eventIds.get(f.event());
            facts.add(new FactStatement(f.relation(), ids.get(f.subject()), ids.get(f.object()), f.polarity(), event,
                    new Evidence(s.text(), s.begin(), s.end()), f.attribution(),
                    f.hedges() == null || f.hedges().isEmpty() ? null : f.hedges(), f.date(),
                    f.date() == null ? null : f.datePrecision(), f.place() == null ? null : ids.get(f.place()), f.office(),
                    Math.round(f.confidence() * 100) / 100.0));
        }
        return StatementDocument.of(new ArticleMeta(a.id(), a.title(), a.date(), a.source(), a.url()),
                new ExtractorInfo(name, version), actors, events, facts);
    }

    private static boolean named(Entity e) {
        for (Mention m : e.mentions()) {
            if (m.kind() == Mention.Kind.NAME || m.kind() == Mention.Kind.STATE) {
                return true;
            }
        }
        return false;
    }

    private static String clip(String s) {
        String t = s.strip();
        return t.length() > MAX_NAME ? t.substring(0, MAX_NAME) : t;
    }
}
