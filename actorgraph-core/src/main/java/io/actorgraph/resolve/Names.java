package io.actorgraph.resolve;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one normal form under which names are compared everywhere: case, diacritics, dots,
 * apostrophes, hyphens and a leading "the" do not matter ("Türkiye" = "turkiye",
 * "U.S." = "us", "al-Haddad" = "Al Haddad").
 */
public final class Names {

    private Names() {
    }

    public static String normalize(String name) {
        if (name == null) {
            return "";
        }
        String s = ascii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            switch (c) {
                case '.', '\'', '\u2019', '\u2018', '`', '\u00B4', '"', '\u201C', '\u201D' -> {
                }
                case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '_', '/', ',' -> out.append(' ');
                // letters that have no decomposition, written without them in English news
                case '\u00F8', '\u00D8' -> out.append('o');
                case '\u00E6', '\u00C6' -> out.append("ae");
                case '\u0153', '\u0152' -> out.append("oe");
                case '\u00DF' -> out.append("ss");
                case '\u0142', '\u0141' -> out.append('l');
                case '\u0111', '\u0110', '\u00F0', '\u00D0' -> out.append('d');
                case '\u0131' -> out.append('i');
                case '\u00FE', '\u00DE' -> out.append("th");
                default -> out.append(Character.toLowerCase(c));
            }
        }
        String collapsed = collapseSpaces(out);
        if (collapsed.startsWith("the ")) {
            collapsed = collapsed.substring(4);
        }
        // dotted abbreviations lose their dots above; "u s" (from "U. S.") joins too
        if (singleLetters(collapsed)) {
            collapsed = collapsed.replace(" ", "");
        }
        return collapsed.toLowerCase(Locale.ROOT);
    }

    /** Trims and turns every run of whitespace into one space (without a regex: this runs for every name loaded). */
    private static String collapseSpaces(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether the text is single letters a-z separated by single spaces, at least two of them ("u s"). */
    private static boolean singleLetters(String text) {
        if (text.length() < 3 || text.length() % 2 == 0) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (i % 2 == 0 ? c < 'a' || c > 'z' : c != ' ') {
                return false;
            }
        }
        return true;
    }

    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
