package io.actorgraph.statement;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.actorgraph.input.InputProblem;
import io.actorgraph.input.TextFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads statement files: one document, a JSON array of documents, or JSON Lines. Every
 * document is checked against {@code statements.schema.json} and then for what a schema
 * cannot say (ids that must exist, offsets, real dates) before anything is returned, so a
 * broken file is refused whole and never half-loaded.
 */
public final class StatementReader {

    /** Statement files can hold many articles; beyond this they should be split. */
    public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Schema schema;

    public StatementReader() {
        try (InputStream in = StatementReader.class.getResourceAsStream("/statements.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("statements.schema.json is missing from the classpath");
            }
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(text, InputFormat.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON mapper statements are written and read with. */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** Reads and checks every document in a file; throws {@link InputProblem} on the first problem. */
    public List<StatementDocument> read(Path file) {
        String text = TextFiles.readText(file, MAX_FILE_BYTES);
        return parse(file.toString(), text, TextFiles.ending(file).equals("jsonl"));
    }

    /** Parses statement text given under a name (a file name, or "request body"). */
    public List<StatementDocument> parse(String name, String text, boolean jsonLines) {
        List<Located> nodes = new ArrayList<>();
        if (jsonLines) {
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    nodes.add(new Located(parseJson(name, lines[i], i + 1), "line " + (i + 1)));
                }
            }
        } else {
            JsonNode root = parseJson(name, text, 0);
            if (root.isArray()) {
                for (int i = 0; i < root.size(); i++) {
                    nodes.add(new Located(root.get(i), "document " + (i + 1)));
                }
            } else {
                nodes.add(new Located(root, null));
            }
        }
        if (nodes.isEmpty()) {
            throw new InputProblem(name, "holds no statement document; expected a JSON object with \"format\": \""
                    + StatementDocument.FORMAT + "\"");
        }
        List<StatementDocument> documents = new ArrayList<>();
        for (Located node : nodes) {
            documents.add(toDocument(name, node));
        }
        return documents;
    }

    private JsonNode parseJson(String name, String text, int lineOffset) {
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw new InputProblem(name, "holds no JSON value");
            }
            return node;
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String where = at == null ? "" : lineOffset > 0
                    ? "line " + lineOffset + ", column " + at.getColumnNr()
                    : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new InputProblem(name, (where.isEmpty() ? "" : where + ": ") + "broken JSON ("
                    + e.getOriginalMessage().split("\n")[0] + "); fix the JSON syntax there");
        }
    }

    private StatementDocument toDocument(String name, Located located) {
        String prefix = located.where() == null ? "" : located.where() + ", ";
        JsonNode node = located.node();
        if (!node.isObject()) {
            throw new InputProblem(name, prefix + "expected a JSON object with \"format\": \""
                    + StatementDocument.FORMAT + "\", found " + node.getNodeType().name().toLowerCase());
        }
        if (!StatementDocument.FORMAT.equals(node.path("format").asString(""))) {
            String hint = node.has("text") ? " (this looks like an article: use `actorgraph ingest` for articles)" : "";
            throw new InputProblem(name, prefix + "not a statements document: \"format\" must be \""
                    + StatementDocument.FORMAT + "\"" + hint);
        }
        List<Error> errors = schema.validate(node);
        if (!errors.isEmpty()) {
            Error first = errors.get(0);
            String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more problems)" : "";
            throw new InputProblem(name, prefix + pointer(first) + ": " + describe(first) + more);
        }
        StatementDocument document;
        try {
            document = MAPPER.treeToValue(node, StatementDocument.class);
        } catch (JacksonException e) {
            throw new InputProblem(name, prefix + "cannot be read as statements (" + e.getOriginalMessage() + ")");
        }
        String articlePrefix = prefix + "article \"" + document.article().id() + "\", ";
        StatementChecks.check(document).ifPresent(problem -> {
            throw new InputProblem(name, articlePrefix + problem);
        });
        return document;
    }

    private static String pointer(Error error) {
        String location = String.valueOf(error.getInstanceLocation());
        return location.isEmpty() || location.equals("$") ? "top level" : location;
    }

    private static String describe(Error error) {
        String message = error.getMessage();
        String location = String.valueOf(error.getInstanceLocation());
        if (message.startsWith(location + ": ")) {
            message = message.substring(location.length() + 2);
        }
        if ("enum".equals(error.getKeyword()) && error.getInstanceNode() != null) {
            message = error.getInstanceNode() + " " + message;
        }
        return message;
    }

    private record Located(JsonNode node, String where) {
    }
}
