package io.actorgraph.bench;

import io.actorgraph.load.BulkLoader;
import io.actorgraph.load.ParallelLoader;
import io.actorgraph.load.StatementLoader;
import io.actorgraph.statement.StatementDocument;
import io.actorgraph.statement.StatementReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.stream.Stream;
import tools.jackson.databind.ObjectWriter;
import io.actorgraph.store.GraphStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Loads a synthetic corpus through the real loader (one transaction per article) and reports
 * facts per second.
 */
public final class LoadBenchmark {

    public record Result(long facts, long evidences, long actors, double seconds, double factsPerSecond,
            long nodes, long relationships) {
    }

    /**
     * Loads the corpus with {@code writers} parallel writers. The documents are generated
     * before the clock starts, so the figure is the loader's alone.
     */
    public static Result run(GraphStore store, SyntheticCorpus corpus, int writers, PrintWriter log)
            throws InterruptedException {
        StatementLoader loader = new StatementLoader(store);
        List<StatementDocument> documents = documents(corpus);
        long[] totals = new long[3];
        long started = System.nanoTime();
        new ParallelLoader(loader, writers).loadAll(documents.iterator(), outcome -> {
            if (outcome.problem() != null) {
                throw new IllegalStateException("article " + outcome.document().article().id() + " failed: "
                        + outcome.problem().getMessage(), outcome.problem());
            }
            totals[0] += outcome.document().facts().size();
            totals[1] += outcome.report().evidences();
            totals[2]++;
            if (totals[2] % Math.max(1, corpus.articles() / 10) == 0) {
                double s = (System.nanoTime() - started) / 1e9;
                log.printf(Locale.ROOT, "  %d/%d articles, %,d facts, %.0f facts/s%n", totals[2], corpus.articles(),
                        totals[0], totals[0] / s);
                log.flush();
            }
        });
        long statements = totals[0];
        long evidences = totals[1];
        double seconds = (System.nanoTime() - started) / 1e9;
        Map<String, Object> counts = store.read("""
                CALL () { MATCH (n) RETURN count(n) AS nodes }
                CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
                CALL () { MATCH (a:Actor) RETURN count(a) AS actors }
                RETURN nodes, relationships, actors
                """, Map.of()).get(0);
        return new Result(statements, evidences, (Long) counts.get("actors"), seconds, statements / seconds,
                (Long) counts.get("nodes"), (Long) counts.get("relationships"));
    }

    public record BulkResult(long facts, long evidences, long actors, double seconds, double factsPerSecond,
            long nodes, long relationships, double checkSeconds, double resolveSeconds, double mergeSeconds,
            double importSeconds,
            double indexSeconds, double writeCorpusSeconds, long corpusBytes, int sortedChunks, long tempBytes,
            long storeBytes, long peakHeapBytes) {
    }

    /**
     * Writes the corpus as JSON Lines files in {@code corpusFolder} (as a Spark job would: one
     * document a line, {@code files} part files), then builds a new store from those files with
     * {@code load --bulk}'s own code and opens it (which builds the indexes). The clock covers
     * reading the files (twice: checked, then resolved), resolving, merging, importing and the
     * store's first opening, so the figure is for a store ready to query; writing the corpus is not
     * on it. The corpus streams to disk one document at a time: memory never holds it.
     */
    public static BulkResult runBulk(Path folder, Supplier<GraphStore> open, SyntheticCorpus corpus, Path corpusFolder,
            int files, BulkLoader.Options options, PrintWriter log) throws IOException {
        long writing = System.nanoTime();
        List<Path> parts = writeCorpus(corpus, corpusFolder, files);
        double writeSeconds = (System.nanoTime() - writing) / 1e9;
        long corpusBytes = 0;
        for (Path part : parts) {
            corpusBytes += Files.size(part);
        }
        log.printf(Locale.ROOT, "  corpus: %d JSON Lines files, %,d MB, written in %.1f s (not timed)%n", parts.size(),
                corpusBytes >> 20, writeSeconds);
        log.flush();
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long started = System.nanoTime();
        BulkLoader.Report report = new BulkLoader(options).loadFiles(folder, parts, new StatementReader(),
                problem -> {
                    throw new IllegalStateException(problem);
                }, log::println);
        long opening = System.nanoTime();
        try (GraphStore store = open.get()) {
            double indexSeconds = (System.nanoTime() - opening) / 1e9;
            double seconds = (System.nanoTime() - started) / 1e9;
            long peak = peakHeap();
            Map<String, Object> counts = store.read("MATCH (a:Actor) RETURN count(a) AS actors", Map.of()).get(0);
            return new BulkResult(report.facts(), report.evidences(), (Long) counts.get("actors"), seconds,
                    report.evidences() / seconds, report.nodes(), report.relationships(), report.checkSeconds(),
                    report.resolveSeconds(),
                    report.mergeSeconds(), report.importSeconds(), indexSeconds, writeSeconds, corpusBytes,
                    report.sortedChunks(), report.tempBytes(), size(folder), peak);
        }
    }

    /** The corpus as {@code files} JSON Lines files, article i in file i mod files, written one document at a time. */
    static List<Path> writeCorpus(SyntheticCorpus corpus, Path folder, int files) throws IOException {
        Files.createDirectories(folder);
        int count = Math.max(1, Math.min(files, corpus.articles()));
        List<Path> parts = new ArrayList<>();
        List<BufferedWriter> writers = new ArrayList<>();
        ObjectWriter json = StatementReader.mapper().writer();
        try {
            for (int f = 0; f < count; f++) {
                Path part = folder.resolve(String.format(Locale.ROOT, "part-%05d.jsonl", f));
                parts.add(part);
                writers.add(Files.newBufferedWriter(part, StandardCharsets.UTF_8));
            }
            for (int i = 0; i < corpus.articles(); i++) {
                BufferedWriter out = writers.get(i * count / corpus.articles());
                out.write(json.writeValueAsString(corpus.document(i)));
                out.write('\n');
            }
        } finally {
            for (BufferedWriter writer : writers) {
                writer.close();
            }
        }
        return parts;
    }

    /**
     * The most heap the run used, as the collector's pools saw it: the sum of each heap pool's
     * peak since the clock started (an upper bound: the pools may peak at different moments).
     */
    static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    /** Bytes of every file under a folder. */
    static long size(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    /** The whole corpus, generated before a clock starts: the figures are the loader's alone. */
    private static List<StatementDocument> documents(SyntheticCorpus corpus) {
        List<StatementDocument> documents = new ArrayList<>(corpus.articles());
        for (int i = 0; i < corpus.articles(); i++) {
            documents.add(corpus.document(i));
        }
        return documents;
    }
}
