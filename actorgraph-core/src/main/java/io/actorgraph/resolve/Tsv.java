package io.actorgraph.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the tab-separated lexicon files: a first line "# col1 TAB col2 ..." names the
 * columns, other lines starting with '#' are comments, '|' separates values in a cell.
 */
public final class Tsv {

    private Tsv() {
    }

    /** One data row, read by column name. */
    public record Row(Map<String, String> cells, int line) {
        public String get(String column) {
            return cells.getOrDefault(column, "").trim();
        }

        public List<String> list(String column) {
            String cell = get(column);
            if (cell.isEmpty()) {
                return List.of();
            }
            return Arrays.stream(cell.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }
    }

    /** Reads a classpath resource; a missing one is a broken build, said so at start-up. */
    public static List<Row> readResource(String resource) {
        InputStream in = Tsv.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("lexicon " + resource + " is missing from the classpath; rebuild the project");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return read(resource, reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Row> read(String name, BufferedReader reader) throws IOException {
        String[] header = null;
        List<Row> rows = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("#")) {
                if (header == null) {
                    header = line.substring(1).trim().split("\t");
                    for (int i = 0; i < header.length; i++) {
                        header[i] = header[i].trim();
                    }
                }
                continue;
            }
            if (header == null) {
                throw new IllegalStateException(name + ":" + number + ": data before the '# column' header line");
            }
            String[] cells = line.split("\t", -1);
            Map<String, String> map = new HashMap<>();
            for (int i = 0; i < header.length && i < cells.length; i++) {
                map.put(header[i], cells[i]);
            }
            rows.add(new Row(map, number));
        }
        return rows;
    }
}
