package io.actorgraph.extract;

import io.actorgraph.input.TextFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Measures extraction alone: model load, then every article of a folder on N threads (as
 * ingest does), sentences per second after the load, time per stage and heap after a GC.
 * Run: {@code java -cp actorgraph-graph/target/test-classes:actorgraph-graph/target/classes:actorgraph-core/target/classes:actorgraph-app/target/lib/* io.actorgraph.extract.ExtractBench FOLDER [THREADS]}.
 */
public final class ExtractBench {

    private ExtractBench() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        ArticleReader reader = new ArticleReader();
        List<Article> articles = new ArrayList<>();
        for (Path f : TextFiles.expand(List.of(folder), ArticleReader.ENDINGS)) {
            articles.addAll(reader.read(f).articles());
        }
        long t0 = System.nanoTime();
        RulesExtractor extractor = (RulesExtractor) Extractors.create();
        double load = (System.nanoTime() - t0) / 1e9;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t1 = System.nanoTime();
        List<Future<Integer>> done = new ArrayList<>();
        for (Article a : articles) {
            done.add(pool.submit(() -> {
                extractor.extract(a);
                return io.actorgraph.ingest.Sentences.count(a.text());
            }));
        }
        int sentences = 0;
        for (Future<Integer> f : done) {
            sentences += f.get();
        }
        double seconds = (System.nanoTime() - t1) / 1e9;
        pool.shutdown();
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long heap = (rt.totalMemory() - rt.freeMemory()) >> 20;
        System.out.printf(Locale.ROOT, "models+lexicons loaded in %.1f s%n", load);
        System.out.printf(Locale.ROOT, "%d articles, %d sentences in %.1f s on %d threads: %.1f sentences/s%n",
                articles.size(), sentences, seconds, threads, sentences / seconds);
        long total = extractor.timings().values().stream().mapToLong(Long::longValue).sum();
        extractor.timings().forEach((stage, ms) -> System.out.printf(Locale.ROOT, "  %-18s %7d ms  %4.1f%%%n", stage, ms,
                100.0 * ms / Math.max(1, total)));
        System.out.printf(Locale.ROOT, "heap in use after GC: %d MB (max %d MB)%n", heap, rt.maxMemory() >> 20);
        System.exit(0);
    }
}
