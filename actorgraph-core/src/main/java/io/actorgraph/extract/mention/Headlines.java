package io.actorgraph.extract.mention;

import io.actorgraph.extract.nlp.Sentence;

/**
 * An article's first line written in title case ("A, B and C Sign Memorandum of Understanding"):
 * the tagger reads its capitalised verbs as parts of names, so names and verbs need separating.
 */
public final class Headlines {

    private Headlines() {
    }

    public static boolean titleCase(Sentence s) {
        if (s.index() != 0 || s.size() == 0 || s.token(s.size() - 1).is(".")) {
            return false;
        }
        int words = 0;
        int capitalised = 0;
        for (int i = 0; i < s.size(); i++) {
            String w = s.token(i).word();
            if (w.length() >= 4 && Character.isLetter(w.charAt(0))) {
                words++;
                if (Character.isUpperCase(w.charAt(0))) {
                    capitalised++;
                }
            }
        }
        return words >= 3 && capitalised * 10 >= words * 8;
    }
}
