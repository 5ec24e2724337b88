package io.actorgraph.tools.petrarch;

import io.actorgraph.extract.lexicon.Fold;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Armed groups with their spellings from Phoenix's non-state actor list, as rows for
 * {@code lexicon/organisations-phoenix.tsv}. Phoenix codes people, slogans and related groups
 * under a group's code, so a spelling is kept only when it is recognisably a group's name: two
 * words or more with a group word ("Front", "Brigades", "Jaish", "Harakat"); a spelling that is
 * ours already, another body's, shared by two Phoenix groups or in the excluded texts is dropped.
 * A group that one of its spellings makes one of our armed groups adds its spellings to ours.
 */
final class PhoenixGroups {

    /** A derived row: our name for the group, the new spellings, type, country, kind, the Phoenix code, its source line. */
    record Row(String name, Set<String> aliases, String type, String country, String kind, String code, boolean merged) {
    }

    private final Set<String> groupWords;
    private final Set<String> particles;
    private final ProjectLexicons.World world;
    private final Set<String> excludedNames;
    private final List<String> excludedTexts;
    final List<String> report = new ArrayList<>();

    PhoenixGroups(Map<String, Set<String>> settings, ProjectLexicons.World world, Set<String> excludedNames,
            List<String> excludedTexts) {
        this.groupWords = settings.get("group-words");
        this.particles = settings.get("name-particles");
        this.world = world;
        this.excludedNames = excludedNames;
        this.excludedTexts = excludedTexts;
    }

    List<Row> rows(List<PhoenixActors.Entry> entries) {
        // every acceptable spelling per entry, then the spellings two entries share are nobody's
        Map<PhoenixActors.Entry, List<String>> spellings = new LinkedHashMap<>();
        Map<String, Integer> uses = new LinkedHashMap<>();
        for (PhoenixActors.Entry e : entries) {
            List<String> kept = new ArrayList<>();
            for (String raw : e.names()) {
                for (String part : raw.split("\\+")) {
                    String pretty = pretty(part);
                    if (!pretty.isEmpty() && accept(pretty, e) && kept.stream().noneMatch(k -> Fold.phrase(k).equals(Fold.phrase(pretty)))) {
                        kept.add(pretty);
                    }
                }
            }
            spellings.put(e, kept);
            kept.forEach(k -> uses.merge(Fold.phrase(k), 1, Integer::sum));
        }
        Map<String, Row> rows = new LinkedHashMap<>();
        for (Map.Entry<PhoenixActors.Entry, List<String>> en : spellings.entrySet()) {
            PhoenixActors.Entry e = en.getKey();
            String code = e.codes().isEmpty() ? "" : e.codes().get(0);
            String country = world.countryCodes().contains(code.length() >= 3 ? code.substring(0, 3) : "") ? code.substring(0, 3) : "";
            List<String> names = new ArrayList<>();
            for (String s : en.getValue()) {
                if (uses.get(Fold.phrase(s)) > 1) {
                    report.add("line " + e.line() + ": \"" + s + "\" is spelled by two Phoenix groups: dropped");
                } else {
                    names.add(s);
                }
            }
            // ours: a spelling one of our armed groups owns makes the entry that group (when the states agree)
            ProjectLexicons.Owner ours = null;
            for (String s : names) {
                ProjectLexicons.Owner o = world.owner(s);
                if (o != null && o.armed() && (country.isEmpty() || o.country().isEmpty() || o.country().equals(country))) {
                    ours = o;
                    break;
                }
            }
            Set<String> fresh = new LinkedHashSet<>();
            for (String s : names) {
                ProjectLexicons.Owner o = world.owner(s);
                ProjectLexicons.Owner inside = o == null ? armedInside(s) : null;
                if (inside != null && (ours == null || !inside.name().equals(ours.name()))) {
                    // "Al-Qaeda Organization" would take the text's "al-Qaeda" from our al-Qaeda
                    report.add("line " + e.line() + ": \"" + s + "\" holds the name of " + inside.name() + ": dropped");
                } else if (o == null) {
                    fresh.add(s);
                } else if (ours == null || !o.name().equals(ours.name())) {
                    report.add("line " + e.line() + ": \"" + s + "\" already names " + o.name() + ": dropped");
                }
            }
            if (fresh.isEmpty() || ours == null && fresh.size() < names.size()) {
                continue; // nothing new, or partly another body's: not the same group for sure
            }
            if (ours != null) {
                Row prior = rows.get(ours.name());
                Set<String> aliases = prior == null ? new LinkedHashSet<>() : prior.aliases();
                aliases.addAll(fresh);
                rows.put(ours.name(), new Row(ours.name(), aliases, ours.type(), ours.country(), ours.kind(), code, true));
            } else {
                String name = fresh.iterator().next();
                fresh.remove(name);
                rows.put(name, new Row(name, fresh, "Organisation", country, "armed-group", code, false));
            }
        }
        return new ArrayList<>(rows.values());
    }

    /** One of our armed groups whose name is a run of words inside the spelling, or null. */
    private ProjectLexicons.Owner armedInside(String spelling) {
        String[] words = io.actorgraph.resolve.Names.normalize(spelling).split(" ");
        for (int i = 0; i < words.length; i++) {
            StringBuilder run = new StringBuilder();
            for (int j = i; j < words.length; j++) {
                run.append(words[j]);
                ProjectLexicons.Owner o = world.owner(run.toString());
                if (o != null && o.armed() && (j - i + 1) < words.length) {
                    return o;
                }
            }
        }
        return null;
    }

    /** Whether a spelling is a group's name we may list: a group word, two words or more, no excluded name. */
    private boolean accept(String pretty, PhoenixActors.Entry e) {
        String[] words = pretty.toLowerCase(Locale.ROOT).split("[\\s-]+");
        if (words.length < 2) {
            return false;
        }
        boolean group = false;
        for (String w : words) {
            group |= groupWords.contains(w.replace("'", ""));
        }
        if (!group) {
            report.add("line " + e.line() + ": \"" + pretty + "\" has no group word: dropped");
            return false;
        }
        String folded = Fold.phrase(pretty);
        if (excludedNames.contains(folded)) {
            report.add("line " + e.line() + ": \"" + pretty + "\" is in the exclusion list: dropped");
            return false;
        }
        String spaced = " " + io.actorgraph.resolve.Names.normalize(pretty) + " ";
        for (String text : excludedTexts) {
            if (text.contains(spaced)) {
                report.add("line " + e.line() + ": \"" + pretty + "\" occurs in an excluded text: dropped");
                return false;
            }
        }
        return true;
    }

    /** "HARAKAT_AL-SHABAAB_AL-MUJAHIDEEN_" is "Harakat al-Shabaab al-Mujahideen"; "(HUM)" acronyms are left out. */
    String pretty(String phoenix) {
        String s = phoenix.replaceAll("\\([^)]*\\)", " ").replace('_', ' ').replace('/', ' ').strip();
        StringBuilder out = new StringBuilder();
        String[] words = s.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            if (words[i].isEmpty() || !words[i].matches(".*[A-Za-z].*")) {
                continue;
            }
            String[] parts = words[i].split("-", -1);
            StringBuilder w = new StringBuilder();
            for (int p = 0; p < parts.length; p++) {
                String lower = parts[p].toLowerCase(Locale.ROOT);
                boolean first = out.isEmpty() && p == 0;
                boolean particle = particles.contains(lower) && !first && (p < parts.length - 1 || parts.length == 1);
                if (p > 0) {
                    w.append('-');
                }
                w.append(particle || lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(w);
        }
        return out.toString();
    }
}
