package io.actorgraph.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The counting of {@code ../shared/eval/score}, ported: names compared after NFKD without
 * combining marks, curly quotes straightened, lower case, hyphens as spaces, spaces collapsed
 * and a leading "the " dropped; recall over expected actors, precision over answers given with
 * allowed answers left out, and answers that match a forbidden actor.
 */
final class AnswerScore {

    int expected;
    int found;
    int answers;
    int good;
    int forbidden;
    int questions;
    final List<String> lines = new ArrayList<>();

    static String norm(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                b.append(c);
            }
        }
        s = b.toString().replace('\u2019', '\'').replace('\u2018', '\'').toLowerCase(Locale.ROOT);
        s = String.join(" ", s.replace("-", " ").trim().split("\\s+"));
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return s;
    }

    static Set<String> names(String name, List<String> aliases) {
        Set<String> out = new HashSet<>();
        if (name != null && !name.isEmpty()) {
            out.add(norm(name));
        }
        if (aliases != null) {
            for (String a : aliases) {
                if (a != null && !a.isEmpty()) {
                    out.add(norm(a));
                }
            }
        }
        return out;
    }

    static boolean matches(Set<String> answerNames, List<String> alternatives) {
        for (String a : alternatives) {
            if (answerNames.contains(norm(a))) {
                return true;
            }
        }
        return false;
    }

    /** Scores one question's answers (each answer given by its set of normalised names). */
    void add(GoldCases.Question q, List<Set<String>> given, List<String> givenNames) {
        int foundHere = 0;
        List<String> missing = new ArrayList<>();
        for (List<String> alts : q.expect()) {
            boolean hit = given.stream().anyMatch(a -> matches(a, alts));
            if (hit) {
                foundHere++;
            } else {
                missing.add(alts.get(0));
            }
        }
        int goodHere = 0;
        int neutral = 0;
        List<String> bad = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            Set<String> a = given.get(i);
            boolean isGood = q.expect().stream().anyMatch(alts -> matches(a, alts));
            if (isGood) {
                goodHere++;
            } else if (q.allow().stream().anyMatch(alts -> matches(a, alts))) {
                neutral++;
            }
            if (q.forbid().stream().anyMatch(alts -> matches(a, alts))) {
                bad.add(givenNames.get(i));
            }
        }
        expected += q.expect().size();
        found += foundHere;
        answers += given.size() - neutral;
        good += goodHere;
        forbidden += bad.size();
        questions++;
        boolean ok = missing.isEmpty() && bad.isEmpty() && goodHere + neutral == given.size();
        lines.add((ok ? "ok " : "-- ") + "'" + q.ask() + "': gave " + givenNames + (missing.isEmpty() ? "" : "; missing " + missing)
                + (bad.isEmpty() ? "" : "; FORBIDDEN " + bad));
    }

    double recall() {
        return expected == 0 ? 1.0 : (double) found / expected;
    }

    double precision() {
        return answers == 0 ? (expected == 0 ? 1.0 : 0.0) : (double) good / answers;
    }

    String summary() {
        return String.format(Locale.ROOT, "score: recall=%.2f precision=%.2f forbidden=%d questions=%d answers=%d",
                recall(), precision(), forbidden, questions, answers);
    }
}
