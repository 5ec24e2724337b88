package io.actorgraph.extract;

import io.actorgraph.extract.coref.Entity;
import io.actorgraph.extract.event.Frame;
import io.actorgraph.extract.mention.Mention;
import io.actorgraph.extract.nlp.DepGraph;
import io.actorgraph.extract.nlp.Sentence;
import io.actorgraph.extract.office.OfficeClaim;
import io.actorgraph.extract.pipeline.Doc;
import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;

/** Prints what each stage found, for rule development ({@code -Dactorgraph.extract.debug=true}). */
final class DebugDump {

    private DebugDump() {
    }

    static boolean enabled() {
        return Boolean.getBoolean("actorgraph.extract.debug");
    }

    static void print(Doc doc, PrintStream out) {
        synchronized (DebugDump.class) {
            out.println("=== " + doc.article().id() + (doc.dateline() == null ? "" : " dateline=" + doc.dateline()));
            for (Sentence s : doc.sentences()) {
                out.println("## " + s.index() + ": " + s.text());
                for (Mention m : doc.mentionsIn(s.index())) {
                    List<Entity> refs = doc.referents(m);
                    out.println("   M" + m.id() + " " + m + " head=" + s.token(m.head()).word() + " -> " + refs
                            + (m.titles().isEmpty() ? "" : " titles=" + m.titles().stream()
                                .map(c -> c.title() + "/" + (c.country() == null ? "" : c.country().code()) + "/o" + c.ownerMention()
                                        + (c.ended() ? "/ended" : "")).collect(Collectors.joining(",")))
                            + (m.flags().isEmpty() ? "" : " " + m.flags()) + (m.owner() >= 0 ? " owner=M" + m.owner() : ""));
                }
                if (Boolean.getBoolean("actorgraph.extract.debug.deps")) {
                    DepGraph g = s.deps();
                    StringBuilder b = new StringBuilder("   deps:");
                    for (int i = 0; i < s.size(); i++) {
                        for (DepGraph.Edge e : g.children(i)) {
                            b.append(' ').append(e.rel()).append('(').append(s.token(e.gov()).word()).append('-').append(e.gov())
                                    .append(',').append(s.token(e.dep()).word()).append('-').append(e.dep()).append(')');
                        }
                    }
                    out.println(b);
                    StringBuilder tags = new StringBuilder("   tokens:");
                    for (int i = 0; i < s.size(); i++) {
                        tags.append(' ').append(s.token(i).word()).append('/').append(s.token(i).tag())
                                .append('/').append(s.token(i).ner());
                    }
                    out.println(tags);
                }
                for (Frame f : doc.frames()) {
                    if (f.sentence() == s.index()) {
                        out.println("   F " + f + " date=" + f.date() + " place=" + f.place() + " attr=" + f.attribution()
                                + " hedges=" + f.hedges() + " conf=" + f.confidence());
                    }
                }
                for (OfficeClaim o : doc.offices()) {
                    if (o.sentence() == s.index()) {
                        out.println("   O " + o.person() + " " + o.title() + " @ " + o.owner() + (o.ended() ? " ENDED" : "")
                                + (o.since() != null ? " since " + o.since() : "") + (o.until() != null ? " until " + o.until() : ""));
                    }
                }
            }
            out.println("entities:");
            for (Entity e : doc.entities()) {
                out.println("   E" + e.id() + " " + e + " aliases=" + e.aliases() + " country=" + (e.country() == null ? "" : e.country().code())
                        + (e.armed() ? " armed" : ""));
            }
            doc.facts().forEach(f -> out.println("   FACT s" + f.sentence() + " " + f.relation() + " " + f.subject() + " -> "
                    + f.object() + " " + f.polarity() + " " + (f.office() == null ? "" : f.office()) + " conf="
                    + String.format("%.2f", f.confidence()) + (f.date() == null ? "" : " date=" + f.date())
                    + (f.place() == null ? "" : " at=" + f.place()) + (f.attribution() == null ? "" : " attr=" + f.attribution())
                    + (f.hedges().isEmpty() ? "" : " hedges=" + f.hedges())));
        }
    }
}
