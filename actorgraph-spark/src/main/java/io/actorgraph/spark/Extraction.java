package io.actorgraph.spark;

import io.actorgraph.extract.Article;
import io.actorgraph.extract.ArticleReader;
import io.actorgraph.extract.Extractor;
import io.actorgraph.ingest.Ingestor;
import io.actorgraph.ingest.Sentences;
import io.actorgraph.input.InputProblem;
import io.actorgraph.model.ArticleId;
import io.actorgraph.statement.StatementDocument;
import io.actorgraph.statement.StatementReader;
import java.util.Collections;
import java.util.Iterator;
import java.util.Optional;
import org.apache.spark.TaskContext;
import tools.jackson.databind.node.ObjectNode;

/**
 * The work of one partition of {@link ExtractJob}: each raw article read and checked as
 * {@code actorgraph extract} does, then extracted by a pipeline the task has to itself. Nothing
 * an article holds fails the task: every problem becomes the article's error line.
 */
final class Extraction {

    private static final ArticleReader READER = new ArticleReader();
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private Extraction() {
    }

    static Iterator<Outcome> partition(Iterator<RawArticle> raws, ExtractorPool.Mode mode) {
        if (!raws.hasNext()) {
            return Collections.emptyIterator();
        }
        Extractor extractor = ExtractorPool.borrow(mode);
        TaskContext task = TaskContext.get();
        if (task != null) {
            // given back when the task ends, however it ends (the iterator is consumed lazily)
            task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) context -> ExtractorPool.release(mode, extractor));
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return raws.hasNext();
            }

            @Override
            public Outcome next() {
                return one(extractor, raws.next());
            }
        };
    }

    static Outcome one(Extractor extractor, RawArticle raw) {
        String where = raw.from();
        if (raw.problem() != null) {
            return failed(raw, null, where + ": " + raw.problem());
        }
        Article article;
        try {
            article = switch (raw.kind()) {
                case JSON -> READER.fromJson(where, raw.content(), raw.defaultId());
                case TEXT -> READER.check(where, new Article(raw.defaultId(), null, null, null, null, raw.content()));
                case FIELDS -> {
                    String[] f = raw.fields();
                    String id = f[0] == null || f[0].isBlank() ? raw.defaultId() : f[0].strip();
                    yield READER.check(where, new Article(id, f[1], f[2], f[3], f[4], raw.content()));
                }
            };
        } catch (InputProblem problem) {
            return failed(raw, null, problem.getMessage());
        }
        Optional<String> badId = ArticleId.problem(article.id());
        if (badId.isPresent()) {
            return failed(raw, article, where + ": " + badId.get());
        }
        int sentences = Sentences.count(article.text());
        try {
            long started = System.nanoTime();
            long cpuStarted = CPU.getCurrentThreadCpuTime();
            StatementDocument document = extractor.extract(article);
            long nanos = System.nanoTime() - started;
            long cpuNanos = CPU.getCurrentThreadCpuTime() - cpuStarted;
            return new Outcome(article.id(), StatementReader.mapper().writeValueAsString(document), null,
                    document.facts() == null ? 0 : document.facts().size(), sentences, nanos, cpuNanos);
        } catch (InputProblem problem) {
            return failed(raw, article, problem.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return failed(raw, article, where + ": " + Ingestor.INTERNAL + e + ")");
        }
    }

    /**
     * The error output's line: where the article came from, its id when known, the problem in
     * one line, and the article as read (its fields, or the raw text when it was not one), so
     * that it can be fixed and run again.
     */
    private static Outcome failed(RawArticle raw, Article article, String problem) {
        ObjectNode line = StatementReader.mapper().createObjectNode();
        line.put("from", raw.from());
        line.put("article", article != null ? article.id() : null);
        line.put("problem", problem.split("\n")[0]);
        if (article != null) {
            ObjectNode input = line.putObject("input");
            input.put("id", article.id());
            input.put("title", article.title());
            input.put("date", article.date());
            input.put("source", article.source());
            input.put("url", article.url());
            input.put("text", article.text());
        } else if (raw.content() != null && raw.content().length() <= ArticleSource.MAX_JSON_BYTES) {
            line.put("raw", raw.content());
        }
        return new Outcome(article != null ? article.id() : null, null,
                StatementReader.mapper().writeValueAsString(line), 0, 0, 0, 0);
    }
}
