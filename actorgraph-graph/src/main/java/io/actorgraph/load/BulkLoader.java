package io.actorgraph.load;

import io.actorgraph.resolve.Countries;
import io.actorgraph.statement.StatementDocument;
import io.actorgraph.store.BulkStaging;
import io.actorgraph.store.StoreException;
import io.actorgraph.store.StoreFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import io.actorgraph.input.InputProblem;
import io.actorgraph.statement.StatementReader;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.neo4j.batchimport.api.BatchImporter;
import org.neo4j.batchimport.api.Configuration;
import org.neo4j.batchimport.api.IndexConfig;
import org.neo4j.batchimport.api.Monitor;
import org.neo4j.batchimport.api.input.Collector;
import org.neo4j.batchimport.api.input.IdType;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.batchimport.api.input.ReadableGroups;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.internal.batchimport.BatchImporterFactory;
import org.neo4j.internal.batchimport.DefaultAdditionalIds;
import org.neo4j.internal.batchimport.staging.ExecutionMonitor;
import org.neo4j.internal.batchimport.staging.SpectrumExecutionMonitor;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.layout.DatabaseLayout;
import org.neo4j.io.layout.Neo4jLayout;
import org.neo4j.io.pagecache.context.CursorContextFactory;
import org.neo4j.io.pagecache.tracing.PageCacheTracer;
import org.neo4j.kernel.impl.index.schema.IndexImporterFactoryImpl;
import org.neo4j.kernel.impl.scheduler.JobSchedulerFactory;
import org.neo4j.kernel.impl.transaction.log.EmptyLogTailMetadata;
import org.neo4j.kernel.impl.transaction.log.files.TransactionLogInitializer;
import org.neo4j.logging.internal.NullLogService;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.scheduler.JobScheduler;

/**
 * Builds a new embedded store from many articles at once, the way {@code neo4j-admin database
 * import} does: the articles go through the same resolution and merging as {@link
 * StatementLoader}, and Neo4j's batch importer writes the result as store files in one pass,
 * with no transactions, along with the label and relationship type lookup indexes. The
 * schema's constraints and indexes are built when the store is first opened. Only for a folder
 * without a store: once a store exists, articles are added with {@code load}, one transaction
 * each. All or nothing, even when the process is killed: the importer writes beside the folder
 * and the store appears in it by one rename once complete.
 *
 * <p>Memory holds the actors and their names, one entry per article id, and a bounded buffer of
 * facts; everything that grows with the facts goes through temporary files ({@link
 * BulkLoaderGraph}, {@link FactSorter}): the documents are read twice (their article ids first,
 * then one at a time to resolve), each fact's rows are sorted on disk and merged, and the
 * importer reads nodes and relationships from files.
 */
public final class BulkLoader {

    /** What was built, how long each phase took, and what the temporary files held at most. */
    public record Report(int articles, long facts, long evidences, long nodes, long relationships,
            double resolveSeconds, double importSeconds, double mergeSeconds, int sortedChunks, long tempBytes,
            int failedFiles, double checkSeconds) {
    }

    /**
     * Where the temporary files go ({@code null}: inside the staging folder beside the store) and
     * how many bytes of facts are held in memory before a sorted chunk is written.
     */
    public record Options(Path tmp, long sortBytes) {
        public static final long DEFAULT_SORT_BYTES = 256L << 20;

        public static Options defaults() {
            return new Options(null, DEFAULT_SORT_BYTES);
        }
    }

    /** How many articles the fact writer may lag behind the actor writer: bounds what waits in memory. */
    private static final int FACTS_BEHIND = 64;
    /** And how many fact statements: a corpus of long articles must not hold 64 of them in memory. */
    private static final int STATEMENTS_BEHIND = 100_000;

    /**
     * The importer's defaults, plus the label and relationship type lookup indexes a store
     * created by Neo4j has: without them every later index build and label match scans the store.
     */
    private static final Configuration IMPORT_CONFIGURATION = new Configuration() {
        @Override
        public IndexConfig indexConfig() {
            return IndexConfig.create().withLabelIndex().withRelationshipTypeIndex();
        }
    };

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BulkLoader.class);

    private final Countries countries;
    private final Options options;

    public BulkLoader() {
        this(Countries.world(), Options.defaults());
    }

    public BulkLoader(Options options) {
        this(Countries.world(), options);
    }

    public BulkLoader(Countries countries, Options options) {
        this.countries = countries;
        this.options = options;
    }

    /** Whether {@code folder} already holds a store (complete or not), which a bulk import must not touch. */
    public static boolean hasStore(Path folder) {
        return StoreFiles.state(folder.toAbsolutePath().normalize()) != StoreFiles.State.NONE;
    }

    /**
     * Imports the documents into a new store in {@code folder}. A later document with the same
     * article id replaces an earlier one, as a re-load would.
     */
    public Report load(Path folder, List<StatementDocument> documents) {
        return load(folder, documents::iterator, LOG::warn);
    }

    /**
     * Imports the documents the source gives, iterating it twice (article ids first), so that a
     * source generating them need not hold them all in memory. The store is built beside the
     * folder ({@link BulkStaging}) and moved into it complete; {@code notice} hears, in one line,
     * of anything an interrupted earlier import left there and this one removed.
     */
    public Report load(Path folder, Iterable<StatementDocument> documents, Consumer<String> notice) {
        refuseUnlessNew(folder, folder.toAbsolutePath().normalize());
        List<String> ids = new ArrayList<>();
        for (StatementDocument doc : documents) {
            ids.add(doc.article().id());
        }
        return load(folder, ids, documents, notice, 0, 0);
    }

    /**
     * Imports statement files (.json: one document or an array; .jsonl: one per line, read line
     * by line), reading them twice: first to check each whole and note its article ids, then one
     * document at a time to resolve. A file with a problem is reported to {@code problems} in one
     * line naming it and the line, and left out whole; the others are imported.
     */
    public Report loadFiles(Path folder, List<Path> files, StatementReader reader, Consumer<String> problems,
            Consumer<String> notice) {
        refuseUnlessNew(folder, folder.toAbsolutePath().normalize());
        long checking = System.nanoTime();
        List<String> ids = new ArrayList<>();
        List<Path> good = new ArrayList<>();
        int failed = 0;
        // the check is most of a read (the schema): files are checked on every core, in order of the list
        ExecutorService checkers = Executors.newFixedThreadPool(Math.max(1, Math.min(files.size(),
                Runtime.getRuntime().availableProcessors())), task -> {
                    Thread thread = new Thread(task, "actorgraph-bulk-check");
                    thread.setDaemon(true);
                    return thread;
                });
        try {
            List<Future<List<String>>> checks = new ArrayList<>();
            for (Path file : files) {
                checks.add(checkers.submit(() -> {
                    List<String> ofFile = new ArrayList<>();
                    reader.stream(file, doc -> ofFile.add(doc.article().id()));
                    return ofFile;
                }));
            }
            for (int i = 0; i < files.size(); i++) {
                try {
                    ids.addAll(checks.get(i).get());
                    good.add(files.get(i));
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof InputProblem problem)) {
                        throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                    }
                    problems.accept(problem.getMessage());
                    failed++;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("the bulk import was interrupted; nothing was written", e);
        } finally {
            checkers.shutdownNow();
        }
        if (good.isEmpty()) {
            return new Report(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, failed, (System.nanoTime() - checking) / 1e9);
        }
        Iterable<StatementDocument> documents = () -> new FileDocuments(good, reader);
        return load(folder, ids, documents, notice, failed, (System.nanoTime() - checking) / 1e9);
    }

    private Report load(Path folder, List<String> ids, Iterable<StatementDocument> documents, Consumer<String> notice,
            int failedFiles, double checkSeconds) {
        Path home = folder.toAbsolutePath().normalize();
        refuseUnlessNew(folder, home);
        try (BulkStaging staging = BulkStaging.claim(home, notice)) {
            long started = System.nanoTime();
            // a later document with the same article id replaces an earlier one: only the last is written
            Map<String, Integer> last = new HashMap<>();
            for (int position = 0; position < ids.size(); position++) {
                last.put(ids.get(position), position);
            }
            Path scratch = staging.scratch(options.tmp());
            BulkLoaderGraph graph;
            try {
                graph = new BulkLoaderGraph(scratch, options.sortBytes());
            } catch (IOException e) {
                throw new StoreException("--db " + folder + ": cannot write the import's temporary files in " + scratch
                        + " (" + e.getMessage() + ")", e);
            }
            BulkLoaderGraph.Written written;
            long evidences;
            double resolveSeconds;
            long merging;
            try {
                evidences = resolve(folder, graph, documents, last);
                resolveSeconds = (System.nanoTime() - started) / 1e9;
                merging = System.nanoTime();
                written = graph.finish();
            } catch (IOException | UncheckedIOException e) {
                graph.abandon();
                throw new StoreException("--db " + folder + ": the bulk import's temporary files in " + scratch
                        + " failed (" + e.getMessage() + "); is the disk full? Give another with --tmp; nothing was written", e);
            } catch (RuntimeException | OutOfMemoryError e) {
                graph.abandon();
                throw e;
            }
            double mergeSeconds = (System.nanoTime() - merging) / 1e9;
            long tempBytes = written.sortedBytes() + written.nodes().bytes() + written.relationships().bytes();
            long imported = System.nanoTime();
            try {
                Files.createDirectories(staging.home());
                write(staging.home(), written);
            } catch (IOException | RuntimeException | OutOfMemoryError e) {
                throw new StoreException("--db " + folder + ": the bulk import failed (" + e
                        + "); nothing was written, the folder holds no store", e);
            }
            // checked again: a store made meanwhile (another command opened the folder) is not replaced
            refuseUnlessNew(folder, home);
            staging.publish();
            return new Report(last.size(), written.facts(), evidences, written.nodes().count(),
                    written.relationships().count(), resolveSeconds, (System.nanoTime() - imported) / 1e9,
                    mergeSeconds, written.chunks(), tempBytes, failedFiles, checkSeconds);
        }
    }

    /** The documents of checked files, read again one at a time. */
    private static final class FileDocuments implements Iterator<StatementDocument>, AutoCloseable {
        private static final StatementDocument END = null;
        private final java.util.concurrent.BlockingQueue<Object> queue = new java.util.concurrent.ArrayBlockingQueue<>(64);
        private final Thread reader;
        private volatile boolean stopped;
        private Object next;

        /** Ends the reader thread when the import stops before the end. */
        private static final class Stopped extends RuntimeException {
            Stopped() {
                super(null, null, false, false);
            }
        }

        /** A thread reads (and parses) ahead while the resolver works: parsing is a good part of the time. */
        FileDocuments(List<Path> files, StatementReader statements) {
            reader = new Thread(() -> {
                try {
                    for (Path file : files) {
                        statements.stream(file, this::put, false); // checked whole a moment ago
                    }
                    put(Boolean.TRUE);
                } catch (Stopped e) {
                    // the import ended first
                } catch (RuntimeException e) {
                    put(e);
                }
            }, "actorgraph-bulk-read");
            reader.setDaemon(true);
            reader.start();
        }

        private void put(Object item) {
            while (!stopped) {
                try {
                    if (queue.offer(item, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                        return;
                    }
                } catch (InterruptedException e) {
                    stopped = true;
                }
            }
            throw new Stopped();
        }

        @Override
        public void close() {
            stopped = true;
            queue.clear();
        }

        @Override
        public boolean hasNext() {
            if (next == null) {
                try {
                    next = queue.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new StoreException("the bulk import was interrupted; nothing was written", e);
                }
            }
            if (next instanceof InputProblem problem) {
                throw new StoreException(problem.getMessage() + " (it changed since it was checked); nothing was written");
            }
            if (next instanceof RuntimeException e) {
                throw e;
            }
            return next instanceof StatementDocument;
        }

        @Override
        public StatementDocument next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            StatementDocument doc = (StatementDocument) next;
            next = END;
            return doc;
        }
    }

    /** A bulk import builds a new store: a folder holding one, or a Neo4j data folder, is refused untouched. */
    private static void refuseUnlessNew(Path folder, Path home) {
        switch (StoreFiles.state(home)) {
            case COMPLETE -> throw new StoreException("--db " + folder + ": already holds a store; a bulk import builds"
                    + " a new one. Add articles to it with `load`, or give an empty folder");
            case INCOMPLETE -> throw StoreFiles.incomplete(folder);
            case NONE -> {
            }
        }
        if (Files.exists(home.resolve("data"))) {
            throw new StoreException("--db " + folder + ": holds a data folder but no store; a bulk import needs a new"
                    + " or empty folder: give another, or remove " + home.resolve("data"));
        }
    }

    /**
     * Runs every article (the last version of each) through the loader's rules into {@code graph}
     * on two threads: this one resolves and writes actors, names, mentions and events, article
     * after article; the other writes each article's facts after its actors, in the same order.
     * The two touch different parts of the graph, so the result is the one a single thread gives.
     * Returns the evidences added.
     */
    private long resolve(Path folder, BulkLoaderGraph graph, Iterable<StatementDocument> documents,
            Map<String, Integer> last) {
        ArticleWriter writer = new ArticleWriter(countries, true);
        ExecutorService factWriter = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "actorgraph-bulk-facts");
            thread.setDaemon(true);
            return thread;
        });
        Deque<Future<Integer>> behind = new ArrayDeque<>();
        Deque<Integer> sizes = new ArrayDeque<>();
        long waiting = 0;
        long evidences = 0;
        Iterator<StatementDocument> iterator = null;
        try {
            int position = 0;
            iterator = documents.iterator();
            while (iterator.hasNext()) {
                StatementDocument doc = iterator.next();
                int read = ++position;
                Integer lastRead = last.get(doc.article().id());
                if (lastRead == null || lastRead != read - 1) {
                    continue;
                }
                ArticleWriter.ActorsWritten article = guarded(folder, doc, read, () -> writer.writeActors(graph, doc));
                behind.add(factWriter.submit(() -> guarded(folder, doc, read, () -> writer.writeFacts(graph, article))));
                sizes.add(doc.facts().size());
                waiting += doc.facts().size();
                while (behind.size() > FACTS_BEHIND || waiting > STATEMENTS_BEHIND
                        || !behind.isEmpty() && behind.peekFirst().isDone()) {
                    evidences += written(behind.removeFirst());
                    waiting -= sizes.removeFirst();
                }
            }
            while (!behind.isEmpty()) {
                evidences += written(behind.removeFirst());
            }
            return evidences;
        } finally {
            factWriter.shutdownNow();
            if (iterator instanceof AutoCloseable reading) {
                try {
                    reading.close();
                } catch (Exception e) {
                    // nothing to do: the reader thread ends by itself
                }
            }
            try {
                // the fact writer may be writing a chunk: let it finish before the chunks are removed
                factWriter.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static int written(Future<Integer> facts) {
        try {
            return facts.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("the bulk import was interrupted; nothing was written", e);
        }
    }

    /** One article's step, its failure one line naming the article. */
    private static <T> T guarded(Path folder, StatementDocument doc, int read, Supplier<T> step) {
        try {
            return step.get();
        } catch (OutOfMemoryError e) {
            throw new StoreException("--db " + folder + ": the bulk import ran out of memory at article \""
                    + doc.article().id() + "\" (" + read + " read); give it more heap (ACTORGRAPH_JAVA_OPTS="
                    + "-Xmx...), a smaller --sort-memory, or import fewer files and add the rest with `load`;"
                    + " nothing was written");
        } catch (UncheckedIOException e) {
            throw e; // the temporary files: said as such by the caller
        } catch (RuntimeException e) {
            throw new StoreException("--db " + folder + ": article \"" + doc.article().id()
                    + "\" could not be resolved (" + e.getMessage() + "); nothing was written", e);
        }
    }

    /** ACTORGRAPH_PROFILE=1 shows the importer's stages on stderr, with the bottleneck of each marked. */
    private static ExecutionMonitor monitor() {
        return System.getenv("ACTORGRAPH_PROFILE") != null ? new SpectrumExecutionMonitor(System.err)
                : ExecutionMonitor.INVISIBLE;
    }

    private static Config config(Path home) {
        return Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home).build();
    }

    private static DatabaseLayout layout(Path home) {
        return Neo4jLayout.of(config(home.toAbsolutePath().normalize()))
                .databaseLayout(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    }

    private static void write(Path home, BulkLoaderGraph.Written written) throws IOException {
        Config config = config(home);
        try (DefaultFileSystemAbstraction fs = new DefaultFileSystemAbstraction();
                JobScheduler scheduler = JobSchedulerFactory.createInitialisedScheduler()) {
            BatchImporter importer = BatchImporterFactory.withHighestPriority().instantiate(layout(home), fs,
                    PageCacheTracer.NULL, IMPORT_CONFIGURATION, NullLogService.getInstance(), monitor(),
                    DefaultAdditionalIds.EMPTY, new EmptyLogTailMetadata(config), config, Monitor.NO_MONITOR, scheduler,
                    Collector.STRICT, TransactionLogInitializer.getLogFilesInitializer(), new IndexImporterFactoryImpl(),
                    EmptyMemoryTracker.INSTANCE, CursorContextFactory.NULL_CONTEXT_FACTORY);
            SpillFile nodes = written.nodes();
            SpillFile relationships = written.relationships();
            long nodeProps = nodes.properties();
            long relProps = relationships.properties();
            importer.doImport(Input.input(nodes.input(), relationships.input(), IdType.ACTUAL,
                    Input.knownEstimates(nodes.count(), relationships.count(), nodeProps, relProps, nodeProps * 24,
                            relProps * 48, nodes.count() * 2L),
                    ReadableGroups.EMPTY));
        }
    }

    /** Lists become the typed arrays Neo4j stores; an empty list an empty string array, as Cypher stores it. */
    static Object storable(Object value) {
        if (!(value instanceof List<?> list)) {
            return value;
        }
        if (list.isEmpty()) {
            return new String[0];
        }
        Object first = list.get(0);
        int size = list.size();
        // typed loops, not java.lang.reflect.Array: this runs for every evidence list of a million facts
        if (first instanceof String) {
            return list.toArray(new String[size]);
        }
        if (first instanceof Long || first instanceof Integer) {
            long[] array = new long[size];
            for (int i = 0; i < size; i++) {
                array[i] = ((Number) list.get(i)).longValue();
            }
            return array;
        }
        if (first instanceof Number) {
            double[] array = new double[size];
            for (int i = 0; i < size; i++) {
                array[i] = ((Number) list.get(i)).doubleValue();
            }
            return array;
        }
        if (first instanceof Boolean) {
            boolean[] array = new boolean[size];
            for (int i = 0; i < size; i++) {
                array[i] = (Boolean) list.get(i);
            }
            return array;
        }
        throw new IllegalArgumentException("a list of " + first.getClass().getSimpleName() + " cannot be stored");
    }
}
