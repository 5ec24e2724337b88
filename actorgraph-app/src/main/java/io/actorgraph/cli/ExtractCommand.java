package io.actorgraph.cli;

import io.actorgraph.extract.Article;
import io.actorgraph.extract.ArticleReader;
import io.actorgraph.extract.Extractor;
import io.actorgraph.extract.Extractors;
import io.actorgraph.input.InputProblem;
import io.actorgraph.input.TextFiles;
import io.actorgraph.statement.StatementDocument;
import io.actorgraph.statement.StatementReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.SerializationFeature;

/**
 * {@code actorgraph extract}: articles in, statements out on stdout, for review before {@code load}:
 * JSON to edit and load, or a table of the facts for an analyst to audit.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract statements from articles and print them, to review or edit before `actorgraph load`.",
            "Nothing is written to any store."})
public final class ExtractCommand implements Callable<Integer> {

    /** What {@code --format} prints. */
    enum Format {
        json, table
    }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = {"json (the default): the statements documents, one object, or an array for several articles,",
                "  as `actorgraph load` reads them.",
                "table: one line per fact for review: relation, subject, object, polarity, confidence and the",
                "  evidence sentence, under a heading per article; cut to the terminal's width ($COLUMNS, else 120)",
                "  on a terminal, whole and tab-separated when piped."})
    Format format;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Articles: .json, .jsonl, .txt files or folders.")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ArticleReader reader = new ArticleReader();
        List<Article> articles = new ArrayList<>();
        int failed = 0;
        for (Path file : TextFiles.expand(paths, ArticleReader.ENDINGS)) {
            try {
                ArticleReader.FileArticles read = reader.read(file);
                articles.addAll(read.articles());
                for (InputProblem problem : read.problems()) {
                    err.println("actorgraph extract: " + problem.getMessage());
                    failed++;
                }
            } catch (InputProblem problem) {
                err.println("actorgraph extract: " + problem.getMessage());
                failed++;
            }
        }
        if (!articles.isEmpty()) {
            Extractor extractor = Extractors.create();
            List<StatementDocument> documents = new ArrayList<>();
            for (Article article : articles) {
                try {
                    documents.add(extractor.extract(article));
                } catch (InputProblem problem) {
                    err.println("actorgraph extract: " + problem.getMessage());
                    failed++;
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.table) {
                FactTable table = new FactTable(terminalWidth());
                documents.forEach(d -> table.print(d, out));
            } else {
                Object result = documents.size() == 1 ? documents.get(0) : documents;
                out.println(StatementReader.mapper().writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result));
            }
            out.flush();
        }
        return failed > 0 || articles.isEmpty() ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }

    /** The terminal's width when stdout is one, else null (piped: nothing is cut). */
    private static Integer terminalWidth() {
        if (System.console() == null) {
            return null;
        }
        String columns = System.getenv("COLUMNS");
        if (columns != null && columns.matches("\\d{2,4}")) {
            return Integer.parseInt(columns);
        }
        return 120;
    }
}
