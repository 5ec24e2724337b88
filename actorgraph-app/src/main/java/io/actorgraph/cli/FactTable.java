package io.actorgraph.cli;

import io.actorgraph.statement.ActorStatement;
import io.actorgraph.statement.FactStatement;
import io.actorgraph.statement.StatementDocument;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The analysts' review view of extracted statements: one line per fact (relation, subject,
 * object, polarity, confidence, evidence sentence), in the order the article states them, under
 * one heading per article. With a width (a terminal) the columns are aligned and long names and
 * sentences are cut to fit with "…"; without one (piped to a file or another program) every cell
 * is whole and the columns are separated by tabs, so that {@code cut -f} and spreadsheets read them.
 */
final class FactTable {

    static final List<String> HEADER = List.of("RELATION", "SUBJECT", "OBJECT", "POLARITY", "CONF", "EVIDENCE");
    private static final int NAME_MAX = 32;
    private static final int NAME_MIN = 12;
    private static final int EVIDENCE_MIN = 30;

    private final Integer width;

    /** @param width the terminal's width in characters, or null when the output is not a terminal */
    FactTable(Integer width) {
        this.width = width;
    }

    void print(StatementDocument doc, PrintWriter out) {
        Map<String, String> names = new HashMap<>();
        for (ActorStatement a : doc.actors()) {
            names.put(a.id(), a.name());
        }
        List<FactStatement> facts = new ArrayList<>(doc.facts());
        facts.sort(Comparator.comparingInt((FactStatement f) -> f.evidence() == null ? Integer.MAX_VALUE : f.evidence().start())
                .thenComparing(f -> f.relation().name()));
        String id = doc.article() == null || doc.article().id() == null ? "article" : doc.article().id();
        StringBuilder heading = new StringBuilder("== ").append(id);
        if (doc.article() != null && doc.article().date() != null) {
            heading.append(" (").append(doc.article().date()).append(')');
        }
        heading.append(": ").append(facts.size()).append(facts.size() == 1 ? " fact" : " facts");
        out.println(heading);
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (FactStatement f : facts) {
            rows.add(List.of(f.relation().name(), name(names, f.subject()), object(names, f), f.polarity().name(),
                    String.format(Locale.ROOT, "%.2f", f.confidenceOrDefault()),
                    f.evidence() == null ? "" : f.evidence().sentence().replaceAll("\\s+", " ").strip()));
        }
        int columns = HEADER.size();
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < columns - 1; c++) {
                widths[c] = Math.max(widths[c], Math.min(row.get(c).length(), NAME_MAX));
            }
        }
        if (width != null) { // narrow the name columns until the evidence has room
            while (sum(widths) + 2 * (columns - 1) + EVIDENCE_MIN > width && (widths[1] > NAME_MIN || widths[2] > NAME_MIN)) {
                int widest = widths[1] >= widths[2] ? 1 : 2;
                widths[widest]--;
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            int used = 0;
            for (int c = 0; c < columns - 1; c++) {
                if (width == null) {
                    line.append(row.get(c)).append('\t');
                    continue;
                }
                String cell = cut(row.get(c), widths[c]);
                line.append(cell).append(" ".repeat(widths[c] - cell.length())).append("  ");
                used += widths[c] + 2;
            }
            String evidence = row.get(columns - 1);
            line.append(width == null ? evidence : cut(evidence, Math.max(1, width - used)));
            out.println(width == null ? line.toString() : line.toString().stripTrailing());
        }
    }

    private static int sum(int[] values) {
        int total = 0;
        for (int v : values) {
            total += v;
        }
        return total;
    }

    private static String name(Map<String, String> names, String id) {
        return id == null ? "" : names.getOrDefault(id, id);
    }

    /** An office is part of what a HOLDS_OFFICE fact says: "Syria (energy minister, former)". */
    private static String object(Map<String, String> names, FactStatement f) {
        String object = name(names, f.object());
        if (f.office() != null && f.office().title() != null) {
            object += " (" + f.office().title() + (f.office().isOver() ? ", former" : "") + ")";
        }
        return object;
    }

    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        return max <= 1 ? text.substring(0, Math.max(0, max)) : text.substring(0, max - 1).stripTrailing() + "…";
    }
}
