package io.actorgraph.extract.nlp;

/**
 * One token of a sentence: its index in the sentence (from 0), the word as written, lemma,
 * Penn part-of-speech tag, coarse named-entity tag (PERSON, ORGANIZATION, LOCATION or O) and
 * character offsets in the article text (end exclusive).
 */
public record Token(int index, String word, String lemma, String tag, String ner, int begin, int end) {

    public boolean capitalized() {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    public boolean properNoun() {
        return tag.startsWith("NNP");
    }

    public boolean noun() {
        return tag.startsWith("NN");
    }

    public boolean verb() {
        return tag.startsWith("VB");
    }

    public String lower() {
        return word.toLowerCase(java.util.Locale.ROOT);
    }

    /** Lower-case lemma, with the typographic apostrophe made plain. */
    public String lem() {
        return lemma.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'');
    }

    public boolean is(String... words) {
        for (String w : words) {
            if (word.equalsIgnoreCase(w)) {
                return true;
            }
        }
        return false;
    }

    public boolean possessiveMarker() {
        return tag.equals("POS") || word.equals("'s") || word.equals("\u2019s") || word.equals("'") || word.equals("\u2019");
    }
}
