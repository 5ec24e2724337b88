package io.actorgraph.bench;

import io.actorgraph.extract.Article;
import io.actorgraph.extract.ArticleReader;
import io.actorgraph.extract.Extractor;
import io.actorgraph.extract.Extractors;
import io.actorgraph.ingest.IngestResult;
import io.actorgraph.ingest.Ingestor;
import io.actorgraph.ingest.Sentences;
import io.actorgraph.input.TextFiles;
import io.actorgraph.load.StatementLoader;
import io.actorgraph.store.GraphStore;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * End-to-end ingest speed: a folder of articles of a given length, composed from real article
 * sentences (the test fixtures by default), extracted on all cores and loaded, timed after the
 * models are loaded. Reports sentences per second, the share of extraction and loading, and the
 * peak heap.
 */
public final class IngestBenchmark {

    private IngestBenchmark() {
    }

    public record Result(int articles, int sentences, double modelLoadSeconds, double seconds, double sentencesPerSecond,
            long peakHeapMb, long loadMillis) {
    }

    /** Composes {@code count} articles of {@code length} sentences each from the sentences of the source articles. */
    public static List<Article> compose(Path source, int count, int length) {
        List<String> sentences = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        ArticleReader reader = new ArticleReader();
        for (Path file : TextFiles.expand(List.of(source), Set.of("json", "txt"))) {
            String name = file.getFileName().toString();
            if (name.endsWith(".questions.json") || name.endsWith(".statements.json")) {
                continue; // gold answers and statements sit beside the articles
            }
            for (Article article : reader.read(file).articles()) {
                BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
                it.setText(article.text());
                for (int start = it.first(), end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
                    String sentence = article.text().substring(start, end).strip();
                    if (sentence.length() > 20) {
                        sentences.add(sentence);
                    }
                }
                if (article.date() != null) {
                    dates.add(article.date());
                }
            }
        }
        if (sentences.size() < length) {
            throw new IllegalArgumentException(source + " holds " + sentences.size() + " sentences; "
                    + length + " are needed for one article");
        }
        List<Article> articles = new ArrayList<>(count);
        for (int a = 0; a < count; a++) {
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < length; s++) {
                // a different window and stride for each article, so articles differ
                text.append(sentences.get((a * 7 + s * (1 + a % 3)) % sentences.size())).append(s % 4 == 3 ? "\n" : " ");
            }
            articles.add(new Article("bench-" + a, "Bench article " + a, dates.isEmpty() ? "2025-01-01"
                    : dates.get(a % dates.size()), "actorgraph bench", null, text.toString().strip()));
        }
        return articles;
    }

    public static Result run(GraphStore store, List<Article> articles, int threads, PrintWriter out)
            throws InterruptedException {
        long loadStarted = System.nanoTime();
        Extractor extractor = Extractors.create();
        // one article first, so that lazy initialisation is not counted as throughput
        extractor.extract(articles.get(0));
        double modelLoad = (System.nanoTime() - loadStarted) / 1e9;
        out.printf(Locale.ROOT, "models loaded in %.1f s%n", modelLoad);
        out.flush();
        resetPeaks();
        StatementLoader loader = new StatementLoader(store);
        List<Ingestor.Source> sources = articles.stream().map(a -> new Ingestor.Source(a, a.id())).toList();
        int sentences = articles.stream().mapToInt(a -> Sentences.count(a.text())).sum();
        long[] loadMillis = {0};
        int[] failed = {0};
        long started = System.nanoTime();
        new Ingestor(extractor, loader, threads).ingest(sources, (IngestResult result) -> {
            if (result.ok()) {
                loadMillis[0] += result.report().millis();
            } else {
                failed[0]++;
                out.println("  failed: " + result.article() + ": " + result.problem());
            }
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Result(articles.size() - failed[0], sentences, modelLoad, seconds, sentences / seconds,
                peakHeapMb(), loadMillis[0]);
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }
}
