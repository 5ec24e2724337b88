package io.actorgraph.extract;

import io.actorgraph.input.InputProblem;
import io.actorgraph.input.TextFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads articles in the contract's three forms: {@code .json} (one article object),
 * {@code .jsonl} (one per line, read line by line so that large files stay in bounded
 * memory) and {@code .txt} (plain text, id = file name). Each article is checked: text
 * present, not binary, UTF-8, at most {@link #MAX_ARTICLE_BYTES}, English.
 */
public final class ArticleReader {

    /** Articles beyond this are refused: news articles are far smaller, and CoreNLP's memory grows with length. */
    public static final int MAX_ARTICLE_BYTES = 1024 * 1024;

    public static final Set<String> ENDINGS = Set.of("json", "jsonl", "txt");

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** The result of reading one file: its good articles, and a problem per bad one. */
    public record FileArticles(Path file, List<Article> articles, List<InputProblem> problems) {
    }

    public FileArticles read(Path file) {
        String ending = TextFiles.ending(file);
        return switch (ending) {
            case "jsonl" -> readJsonLines(file);
            case "json" -> new FileArticles(file, List.of(fromJson(file.toString(),
                    TextFiles.readText(file, MAX_ARTICLE_BYTES + 64 * 1024), TextFiles.baseName(file))), List.of());
            case "txt" -> new FileArticles(file, List.of(checked(file.toString(), new Article(TextFiles.baseName(file),
                    null, null, null, null, TextFiles.readText(file, MAX_ARTICLE_BYTES)))), List.of());
            default -> throw new InputProblem(file.toString(), "not an article file; give .json, .jsonl or .txt");
        };
    }

    private FileArticles readJsonLines(Path file) {
        List<Article> articles = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        // check the whole file once for binary data and encoding before reading it line by line
        try (InputStream in = Files.newInputStream(file);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)))) {
            if (Files.size(file) == 0) {
                throw new InputProblem(file.toString(), "the file is empty; nothing to read");
            }
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String where = file + ":" + number;
                try {
                    if (line.length() > MAX_ARTICLE_BYTES + 64 * 1024) {
                        throw new InputProblem(where, "the article is over " + MAX_ARTICLE_BYTES / 1024
                                + " KiB; split it, or leave it out");
                    }
                    if (line.indexOf('\0') >= 0) {
                        throw new InputProblem(where, "holds NUL bytes: binary data, not a JSON line");
                    }
                    articles.add(fromJson(where, line, TextFiles.baseName(file) + "-" + number));
                } catch (InputProblem problem) {
                    problems.add(problem);
                }
            }
        } catch (MalformedInputException e) {
            throw new InputProblem(file.toString(), "is not valid UTF-8 text; convert it, e.g. iconv -f latin1 -t utf-8");
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InputProblem(file.toString(), "no such file; check the path");
        } catch (IOException e) {
            throw new InputProblem(file.toString(), "cannot read (" + e.getMessage() + ")");
        }
        if (articles.isEmpty() && problems.isEmpty()) {
            throw new InputProblem(file.toString(), "holds no article lines");
        }
        return new FileArticles(file, articles, problems);
    }

    /** Reads one article object; {@code defaultId} is used when it has no "id". */
    public Article fromJson(String where, String json, String defaultId) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JacksonException e) {
            String at = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw new InputProblem(where, "broken JSON" + at + " (" + e.getOriginalMessage().split("\n")[0]
                    + "); fix the JSON syntax there");
        }
        if (node == null || !node.isObject()) {
            throw new InputProblem(where, "expected a JSON object with a \"text\" field");
        }
        JsonNode text = node.get("text");
        if (text == null || text.isNull()) {
            String hint = node.has("format") ? " (this looks like statements: use `actorgraph load`)" : "";
            throw new InputProblem(where, "has no \"text\" field; an article needs its text" + hint);
        }
        if (!text.isString()) {
            throw new InputProblem(where, "\"text\" must be a string");
        }
        String id = string(node, "id");
        String date = string(node, "date");
        if (date != null) {
            try {
                LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw new InputProblem(where, "\"date\": \"" + date + "\" is not a date; write YYYY-MM-DD");
            }
        }
        return checked(where, new Article(id == null || id.isBlank() ? defaultId : id.strip(), string(node, "title"),
                date, string(node, "source"), string(node, "url"), text.asString()));
    }

    /**
     * Checks an article that arrived as fields rather than a file (a Parquet row, a .txt file read
     * by a Spark job): its date as {@link #fromJson} does, then the text as every article's.
     */
    public Article check(String where, Article article) {
        if (article.text() == null) {
            throw new InputProblem(where, "has no text; an article needs its text");
        }
        if (article.date() != null) {
            try {
                LocalDate.parse(article.date());
            } catch (DateTimeParseException e) {
                throw new InputProblem(where, "\"date\": \"" + article.date() + "\" is not a date; write YYYY-MM-DD");
            }
        }
        return checked(where, article);
    }

    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.isString() ? value.asString() : value.toString();
    }

    private static Article checked(String where, Article article) {
        String text = article.text();
        if (text.isBlank()) {
            throw new InputProblem(where, "the article text is empty; nothing to extract");
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_ARTICLE_BYTES) {
            throw new InputProblem(where, "the article is over " + MAX_ARTICLE_BYTES / 1024
                    + " KiB; news articles are far shorter: split it, or leave it out");
        }
        if (text.indexOf('\0') >= 0) {
            throw new InputProblem(where, "the text holds NUL bytes: binary data, not an article");
        }
        LanguageCheck.problem(text).ifPresent(problem -> {
            throw new InputProblem(where, problem);
        });
        return article;
    }
}
