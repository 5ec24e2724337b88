package io.actorgraph.tools.petrarch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PETRARCH2's CAMEO verb dictionary ({@code CAMEO.2.0.txt}) as read by the importer: synonym
 * sets ({@code &WEAPON}: +WORD lines), verb blocks ({@code --- KILL [190] ---}) whose verbs
 * take the block's code unless they carry their own, and the patterns under each block
 * ({@code - * ATTACK [190] # MOUNT}: the verb MOUNT with the object ATTACK is code 190).
 * The format is documented in PETRARCH2's {@code PETRreader.read_verb_dictionary}.
 */
final class CameoDictionary {

    /** A CAMEO code cell: "[042:043]" is primary 042, secondary 043; "[---]" is neither. */
    record Code(String primary, String secondary) {
        static Code parse(String cell) {
            String c = cell.trim();
            if (c.startsWith("[")) {
                c = c.substring(1, c.indexOf(']'));
            }
            String[] parts = c.split(":", -1);
            String p = parts[0].trim();
            String s = parts.length > 1 ? parts[1].trim() : "";
            return new Code(p.startsWith("-") ? "" : p, s.startsWith("-") ? "" : s);
        }

        boolean none() {
            return primary.isEmpty() && secondary.isEmpty();
        }
    }

    /** A verb of a block: its words ("wipe out" has two), its code, the block it is listed in, the file line. */
    record Verb(List<String> words, Code code, String block, int line) {
        String lemma() {
            return words.get(0);
        }

        boolean phrasal() {
            return words.size() > 1;
        }
    }

    /**
     * A pattern line: the tokens between "-" and the code ("*" is the verb, "(IN X)" a prepositional
     * phrase, "{A B}" a compound, "&SET" a synonym set, "$", "+", "^" the source, target, a skip).
     */
    record Patt(String text, List<String> tokens, Code code, String block, String verbComment, int line) {
    }

    private static final Pattern HEADER = Pattern.compile("^---\\s+(\\S+)\\s+\\[([^\\]]*)\\].*");
    private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");

    final Map<String, List<String>> synonyms = new LinkedHashMap<>();
    final List<Verb> verbs = new ArrayList<>();
    final List<Patt> patterns = new ArrayList<>();
    /** Each block's code, by block name. */
    final Map<String, Code> blockCodes = new LinkedHashMap<>();

    static CameoDictionary read(Path file) throws IOException {
        CameoDictionary d = new CameoDictionary();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String set = null;
        String block = null;
        Code blockCode = null;
        boolean inVerbs = false;
        for (int n = 0; n < lines.size(); n++) {
            String raw = lines.get(n);
            String line = raw.strip();
            if (line.startsWith("####### VERB PATTERNS")) {
                inVerbs = true;
                set = null;
                continue;
            }
            if (line.startsWith("######## TRANSFORMATIONS")) {
                break;
            }
            if (!inVerbs) {
                if (line.startsWith("&")) {
                    set = line.substring(1).trim();
                    d.synonyms.put(set, new ArrayList<>());
                } else if (line.isEmpty()) {
                    set = null;
                } else if (set != null && line.startsWith("+")) {
                    d.synonyms.get(set).add(word(line.substring(1).split("\\s+")[0]));
                }
                continue;
            }
            Matcher h = HEADER.matcher(line);
            if (h.matches()) {
                block = h.group(1);
                blockCode = Code.parse(h.group(2));
                d.blockCodes.put(block, blockCode);
                continue;
            }
            if (line.isEmpty() || line.startsWith("#") || block == null) {
                continue;
            }
            String body = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
            String comment = line.contains("#") ? line.substring(line.indexOf('#') + 1).trim() : "";
            if (body.startsWith("-")) {
                Matcher c = CODE.matcher(body);
                int at = -1;
                String code = null;
                while (c.find()) { // the last bracket is the code
                    at = c.start();
                    code = c.group(1);
                }
                if (code == null) {
                    continue;
                }
                String text = body.substring(1, at).trim().replace('\t', ' ');
                d.patterns.add(new Patt(text, tokens(text), Code.parse(code), block, comment, n + 1));
            } else {
                // a verb: WORD or +WORD_WORD, then irregular forms in {}, then an optional own code
                String head = body.split("[\\s{\\[;]")[0];
                if (head.isEmpty()) {
                    continue;
                }
                String rest = body.substring(head.length()).replaceAll("\\{[^}]*\\}", " ");
                Matcher c = CODE.matcher(rest);
                Code code = c.find() ? Code.parse(c.group(1)) : blockCode;
                List<String> words = new ArrayList<>();
                for (String w : head.replaceFirst("^\\+", "").split("_")) {
                    if (!w.isEmpty()) {
                        words.add(w.toLowerCase(Locale.ROOT));
                    }
                }
                if (!words.isEmpty()) {
                    d.verbs.add(new Verb(words, code, block, n + 1));
                }
            }
        }
        return d;
    }

    /** "ARMED_FORCES" is "armed forces"; a trailing "_" (no plural) is dropped. */
    static String word(String token) {
        return token.replace('_', ' ').trim().toLowerCase(Locale.ROOT);
    }

    /** Splits a pattern into tokens, keeping "(...)" and "{...}" groups whole. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char ch = text.charAt(i);
            if (Character.isWhitespace(ch)) {
                i++;
                continue;
            }
            int end;
            if (ch == '(' || ch == '{') {
                char close = ch == '(' ? ')' : '}';
                end = text.indexOf(close, i);
                end = end < 0 ? text.length() : end + 1;
            } else {
                end = i;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
            }
            out.add(text.substring(i, end));
            i = end;
        }
        return out;
    }
}
