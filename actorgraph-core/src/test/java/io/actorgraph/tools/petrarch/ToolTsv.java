package io.actorgraph.tools.petrarch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The importer's own settings files: tab-separated, '#' lines are comments, every row as wide as the header. */
final class ToolTsv {

    private ToolTsv() {
    }

    static List<String[]> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + " is missing; run from the project root or give --project DIR");
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int width = lines.isEmpty() ? 0 : lines.get(0).split("\t", -1).length;
        List<String[]> rows = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != width) {
                throw new IOException(file + ":" + (n + 1) + ": " + cells.length + " cells, the header has " + width);
            }
            rows.add(cells);
        }
        return rows;
    }
}
