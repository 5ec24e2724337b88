package io.actorgraph.extract.mention;

import io.actorgraph.extract.lexicon.Fold;
import io.actorgraph.extract.nlp.Sentence;
import io.actorgraph.extract.nlp.Token;
import io.actorgraph.model.ActorType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the article as a whole says about names, for decisions one sentence cannot make: a word
 * the tagger calls a place somewhere is a place everywhere ("arrived in Darwin" / "his trip to
 * Darwin"); organisations named in full earlier can be named by their first words or acronym
 * later ("Sejin", "KRM"); people named in full can be named by one of their names.
 */
final class DocNames {

    /** An organisation or firm named in full, with what is known of it. */
    record OrgName(List<String> folded, ActorType type, boolean armed) {
    }

    private final Set<String> locationWords = new HashSet<>();
    private final Set<String> personWords = new HashSet<>();
    private final List<OrgName> orgs = new ArrayList<>();
    private final Map<String, OrgName> acronyms = new HashMap<>();
    private final List<List<String>> persons = new ArrayList<>();

    DocNames(List<Sentence> sentences) {
        for (Sentence s : sentences) {
            List<Token> t = s.tokens();
            for (int i = s.firstContentToken(); i < t.size(); ) {
                String ner = t.get(i).ner();
                int j = i + 1;
                while (j < t.size() && t.get(j).ner().equals(ner)) {
                    j++;
                }
                if (ner.equals("LOCATION") && j - i == 1) {
                    locationWords.add(Fold.token(t.get(i).word()));
                } else if (ner.equals("PERSON") && j - i > 1) {
                    for (int k = i; k < j; k++) {
                        personWords.add(Fold.token(t.get(k).word()));
                    }
                }
                i = j;
            }
        }
    }

    /** A single word the tagger once called a place and never used inside a person's full name. */
    boolean placeWord(String word) {
        String f = Fold.token(word);
        return locationWords.contains(f) && !personWords.contains(f);
    }

    void addOrg(List<Token> tokens, int from, int to, ActorType type, boolean armed) {
        List<String> folded = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String f = Fold.token(tokens.get(i).word());
            if (!f.isEmpty()) {
                folded.add(f);
            }
        }
        if (!folded.isEmpty()) {
            orgs.add(new OrgName(folded, type, armed));
        }
    }

    void addAcronym(String acronym, List<Token> tokens, int from, int to, ActorType type, boolean armed) {
        List<String> folded = new ArrayList<>();
        for (int i = from; i < to; i++) {
            folded.add(Fold.token(tokens.get(i).word()));
        }
        acronyms.put(Fold.phrase(acronym), new OrgName(folded, type, armed));
    }

    OrgName acronym(String word) {
        return acronyms.get(Fold.phrase(word));
    }

    /**
     * The organisation whose full name starts with tokens [from, to) (at least one word shorter
     * than the full name), or null. Only capitalised words count.
     */
    OrgName orgByPrefix(List<Token> tokens, int from, int to) {
        int n = to - from;
        for (int i = orgs.size() - 1; i >= 0; i--) {
            OrgName org = orgs.get(i);
            if (org.folded().size() < n) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < n && ok; k++) {
                ok = org.folded().get(k).equals(Fold.token(tokens.get(from + k).word()));
            }
            if (ok) {
                return org;
            }
        }
        return null;
    }

    boolean fullOrg(List<Token> tokens, int from, int to) {
        for (OrgName org : orgs) {
            if (org.folded().size() == to - from) {
                boolean ok = true;
                for (int k = 0; k < to - from && ok; k++) {
                    ok = org.folded().get(k).equals(Fold.token(tokens.get(from + k).word()));
                }
                if (ok) {
                    return true;
                }
            }
        }
        return false;
    }

    void addPerson(List<Token> tokens, int from, int to) {
        List<String> folded = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String f = Fold.token(tokens.get(i).word());
            if (!f.isEmpty()) {
                folded.add(f);
            }
        }
        if (folded.size() > 1) {
            persons.add(folded);
        }
    }

    /**
     * The end of the longest run of two or more words from {@code from} that is a contiguous part
     * of a person's full name named before ("Noboa Vera" of "Daniel Noboa Vera"), or {@code from}.
     */
    int personRun(List<Token> tokens, int from) {
        int best = from;
        for (List<String> p : persons) {
            for (int start = 0; start < p.size(); start++) {
                int k = 0;
                int j = from;
                while (start + k < p.size() && j < tokens.size()) {
                    String f = Fold.token(tokens.get(j).word());
                    if (f.isEmpty() && k > 0 && tokens.get(j).word().equals("-")) {
                        j++;
                        continue;
                    }
                    if (!f.equals(p.get(start + k))) {
                        break;
                    }
                    k++;
                    j++;
                }
                if (k >= 2 && j > best) {
                    best = j;
                }
            }
        }
        return best;
    }

    /** Whether a capitalised word is the first or last name of a person named in full before. */
    boolean personPart(String word) {
        String f = Fold.token(word);
        for (List<String> p : persons) {
            if (p.get(0).equals(f) || p.get(p.size() - 1).equals(f)) {
                return true;
            }
        }
        return false;
    }
}
