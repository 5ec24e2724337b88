package io.actorgraph.statement;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.actorgraph.input.InputProblem;
import io.actorgraph.input.TextFiles;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.function.Consumer;
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

    /**
     * Reads and checks a file's documents one at a time, handing each to {@code each} as it is
     * read: a JSON Lines file of any size is read line by line, so that only one document is in
     * memory at once (a {@code .json} file, one document or an array, is read whole, within
     * {@link #MAX_FILE_BYTES}). Throws {@link InputProblem} naming the file and line on the first
     * problem, after the documents before it were handed on.
     */
    public void stream(Path file, Consumer<StatementDocument> each) {
        stream(file, each, true);
    }

    /**
     * {@link #stream(Path, Consumer)}, with the schema check left out when {@code schema} is
     * false: for reading again a file that was checked whole a moment ago (a bulk import's second
     * pass), where the schema check would be two thirds of the time. The document checks that
     * the loader relies on (ids that point somewhere, dates) are still made.
     */
    public void stream(Path file, Consumer<StatementDocument> each, boolean schema) {
        if (!TextFiles.ending(file).equals("jsonl")) {
            read(file).forEach(each);
            return;
        }
        String name = file.toString();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            in.mark(2);
            int b0 = in.read();
            int b1 = in.read();
            in.reset();
            if (b0 == 0xFE && b1 == 0xFF || b0 == 0xFF && b1 == 0xFE) {
                read(file).forEach(each); // UTF-16, as some editors write: read whole, within the limit
                return;
            }
            ByteArrayOutputStream line = new ByteArrayOutputStream(8192);
            byte[] buffer = new byte[1 << 16];
            int number = 0;
            int documents = 0;
            int filled = 0;
            int at = 0;
            boolean more = true;
            while (more) {
                line.reset();
                boolean ended = false;
                while (!ended) {
                    if (at == filled) {
                        filled = in.read(buffer);
                        at = 0;
                        if (filled <= 0) {
                            filled = 0;
                            more = false;
                            break;
                        }
                    }
                    int from = at;
                    while (at < filled && buffer[at] != '\n') {
                        at++;
                    }
                    line.write(buffer, from, at - from);
                    if (at < filled) {
                        at++; // the newline
                        ended = true;
                    }
                }
                number++;
                if (!more && line.size() == 0) {
                    break;
                }
                String text = decodeLine(name, line.toByteArray(), number);
                if (number == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                if (!text.isBlank()) {
                    each.accept(toDocument(name, new Located(parseJson(name, text, number), "line " + number), schema));
                    documents++;
                }
            }
            if (documents == 0) {
                throw new InputProblem(name, number <= 1 && line.size() == 0 ? "the file is empty; nothing to read"
                        : "holds no statement document; expected a JSON object with \"format\": \""
                        + StatementDocument.FORMAT + "\"");
            }
        } catch (NoSuchFileException e) {
            throw new InputProblem(name, "no such file; check the path");
        } catch (IOException e) {
            throw new InputProblem(name, "cannot read (" + e.getMessage() + ")");
        }
    }

    private static String decodeLine(String name, byte[] bytes, int number) {
        for (byte b : bytes) {
            if (b == 0) {
                throw new InputProblem(name, "line " + number
                        + ": looks binary (it holds NUL bytes), not text; give a UTF-8 text or JSON file");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputProblem(name, "line " + number + " is not valid UTF-8; convert the file, e.g. iconv -f latin1 -t utf-8");
        }
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
            documents.add(toDocument(name, node, true));
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

    private StatementDocument toDocument(String name, Located located, boolean checkSchema) {
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
        List<Error> errors = checkSchema ? schema.validate(node) : List.of();
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
