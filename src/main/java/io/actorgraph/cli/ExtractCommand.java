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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.SerializationFeature;

/** {@code actorgraph extract}: articles in, statements JSON out on stdout, for review before {@code load}. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract statements from articles and print them as JSON (one document, or an array for several),",
            "to review or edit before `actorgraph load`. Nothing is written to any store."})
public final class ExtractCommand implements Callable<Integer> {

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
            Object result = documents.size() == 1 ? documents.get(0) : documents;
            PrintWriter out = spec.commandLine().getOut();
            out.println(StatementReader.mapper().writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result));
            out.flush();
        }
        return failed > 0 || articles.isEmpty() ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }
}
