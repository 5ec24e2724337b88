package io.actorgraph.tools.petrarch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Phoenix actor dictionary ({@code Phoenix.MilNonState.actors.txt}) as the importer reads it: an
 * entry starts at column 0 with its name ({@code AL-SHABAAB [SOMREB]}), "+" lines are more names
 * coded the same, and a tab-indented {@code [CODE]} line may give the code after them. Names write
 * words joined by "_"; a trailing "_" only stops plurals. Reading stops at a given comment line.
 */
final class PhoenixActors {

    /** An entry: its first name, every name (the first included, as written), its codes, the file line. */
    record Entry(String main, List<String> names, List<String> codes, int line) {
    }

    private static final Pattern CODE = Pattern.compile("\\[([A-Z]{3,})[^\\]]*\\]");

    private PhoenixActors() {
    }

    static List<Entry> read(Path file, String stopAt) throws IOException {
        List<Entry> out = new ArrayList<>();
        Entry cur = null;
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int n = 0; n < lines.size(); n++) {
            String raw = lines.get(n);
            if (stopAt != null && raw.startsWith(stopAt)) {
                break;
            }
            if (raw.isBlank() || raw.stripLeading().startsWith("#")) {
                continue;
            }
            String body = raw.contains("#") ? raw.substring(0, raw.indexOf('#')) : raw;
            Matcher codes = CODE.matcher(body);
            List<String> found = new ArrayList<>();
            while (codes.find()) {
                found.add(codes.group(1));
            }
            String name = body.replaceAll("\\[[^\\]]*\\]", " ").strip();
            char first = raw.charAt(0);
            if (first == '+') {
                if (cur != null && !name.substring(1).isBlank()) {
                    cur.names().add(name.substring(1).strip());
                    cur.codes().addAll(found);
                }
            } else if (Character.isWhitespace(first)) {
                if (cur != null) {
                    cur.codes().addAll(found);
                }
            } else if (!name.isEmpty()) {
                cur = new Entry(name.split("\\s+")[0], new ArrayList<>(List.of(name.split("\\s+")[0])), new ArrayList<>(found), n + 1);
                out.add(cur);
            }
        }
        return out;
    }
}
