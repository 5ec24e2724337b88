package io.actorgraph.load;

import io.actorgraph.resolve.Countries;
import io.actorgraph.statement.StatementDocument;
import io.actorgraph.store.BulkStaging;
import io.actorgraph.store.StoreException;
import io.actorgraph.store.StoreFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.neo4j.batchimport.api.BatchImporter;
import org.neo4j.batchimport.api.Configuration;
import org.neo4j.batchimport.api.IndexConfig;
import org.neo4j.batchimport.api.InputIterable;
import org.neo4j.batchimport.api.InputIterator;
import org.neo4j.batchimport.api.Monitor;
import org.neo4j.batchimport.api.input.Collector;
import org.neo4j.batchimport.api.input.IdType;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.batchimport.api.input.InputChunk;
import org.neo4j.batchimport.api.input.InputEntityVisitor;
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
 * StatementLoader}, into a graph held in memory, which Neo4j's batch importer then writes as
 * store files in one pass, with no transactions, along with the label and relationship type
 * lookup indexes. The schema's constraints and indexes are built when the store is first
 * opened. Only for a folder without a store: once a store exists, articles are added with
 * {@code load}, one transaction each. All or nothing, even when the process is killed: the
 * importer writes beside the folder and the store appears in it by one rename once complete.
 */
public final class BulkLoader {

    /** What was built and how long each phase took. */
    public record Report(int articles, long facts, long evidences, long nodes, long relationships,
            double resolveSeconds, double importSeconds) {
    }

    /** How many articles the fact writer may lag behind the actor writer: bounds what waits in memory. */
    private static final int FACTS_BEHIND = 64;

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

    public BulkLoader() {
        this(Countries.world());
    }

    public BulkLoader(Countries countries) {
        this.countries = countries;
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
        Path home = folder.toAbsolutePath().normalize();
        refuseUnlessNew(folder, home);
        try (BulkStaging staging = BulkStaging.claim(home, notice)) {
            long started = System.nanoTime();
            // a later document with the same article id replaces an earlier one: only the last is written
            Map<String, Integer> last = new HashMap<>();
            int position = 0;
            for (StatementDocument doc : documents) {
                last.put(doc.article().id(), position++);
            }
            MemoryLoaderGraph graph = new MemoryLoaderGraph();
            long evidences = resolve(folder, graph, documents, last);
            List<MemoryLoaderGraph.Node> nodes = graph.nodes();
            List<MemoryLoaderGraph.Rel> relationships = graph.relationships();
            double resolveSeconds = (System.nanoTime() - started) / 1e9;
            long imported = System.nanoTime();
            try {
                Files.createDirectories(staging.home());
                write(staging.home(), nodes, relationships);
            } catch (IOException | RuntimeException | OutOfMemoryError e) {
                throw new StoreException("--db " + folder + ": the bulk import failed (" + e
                        + "); nothing was written, the folder holds no store", e);
            }
            // checked again: a store made meanwhile (another command opened the folder) is not replaced
            refuseUnlessNew(folder, home);
            staging.publish();
            return new Report(last.size(), graph.factCount(), evidences, nodes.size(), relationships.size(),
                    resolveSeconds, (System.nanoTime() - imported) / 1e9);
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
    private long resolve(Path folder, MemoryLoaderGraph graph, Iterable<StatementDocument> documents,
            Map<String, Integer> last) {
        ArticleWriter writer = new ArticleWriter(countries, true);
        ExecutorService factWriter = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "actorgraph-bulk-facts");
            thread.setDaemon(true);
            return thread;
        });
        Deque<Future<Integer>> behind = new ArrayDeque<>();
        long evidences = 0;
        try {
            int position = 0;
            for (StatementDocument doc : documents) {
                int read = ++position;
                if (last.get(doc.article().id()) != read - 1) {
                    continue;
                }
                ArticleWriter.ActorsWritten article = guarded(folder, doc, read, () -> writer.writeActors(graph, doc));
                behind.add(factWriter.submit(() -> guarded(folder, doc, read, () -> writer.writeFacts(graph, article))));
                while (behind.size() > FACTS_BEHIND || !behind.isEmpty() && behind.peekFirst().isDone()) {
                    evidences += written(behind.removeFirst());
                }
            }
            while (!behind.isEmpty()) {
                evidences += written(behind.removeFirst());
            }
            return evidences;
        } finally {
            factWriter.shutdownNow();
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
                    + "-Xmx...) or import fewer files and add the rest with `load`; nothing was written");
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

    private static void write(Path home, List<MemoryLoaderGraph.Node> nodes, List<MemoryLoaderGraph.Rel> relationships)
            throws IOException {
        Config config = config(home);
        try (DefaultFileSystemAbstraction fs = new DefaultFileSystemAbstraction();
                JobScheduler scheduler = JobSchedulerFactory.createInitialisedScheduler()) {
            BatchImporter importer = BatchImporterFactory.withHighestPriority().instantiate(layout(home), fs,
                    PageCacheTracer.NULL, IMPORT_CONFIGURATION, NullLogService.getInstance(), monitor(),
                    DefaultAdditionalIds.EMPTY, new EmptyLogTailMetadata(config), config, Monitor.NO_MONITOR, scheduler,
                    Collector.STRICT, TransactionLogInitializer.getLogFilesInitializer(), new IndexImporterFactoryImpl(),
                    EmptyMemoryTracker.INSTANCE, CursorContextFactory.NULL_CONTEXT_FACTORY);
            InputIterable nodeInput = () -> new Chunks<>(nodes, (node, visitor) -> {
                visitor.id(node.id());
                visitor.labels(node.labels());
                node.props().forEach((k, v) -> visitor.property(k, storable(v)));
            });
            InputIterable relationshipInput = () -> new Chunks<>(relationships, (rel, visitor) -> {
                visitor.startId(rel.start());
                visitor.endId(rel.end());
                visitor.type(rel.type());
                rel.props().forEach((k, v) -> visitor.property(k, storable(v)));
            });
            long nodeProps = nodes.stream().mapToLong(n -> n.props().size()).sum();
            long relProps = relationships.stream().mapToLong(r -> r.props().size()).sum();
            importer.doImport(Input.input(nodeInput, relationshipInput, IdType.ACTUAL,
                    Input.knownEstimates(nodes.size(), relationships.size(), nodeProps, relProps, nodeProps * 24,
                            relProps * 48, nodes.size() * 2L),
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

    /** Hands the importer's worker threads chunks of a list, each element one entity. */
    private static final class Chunks<T> implements InputIterator {
        private static final int CHUNK = 10_000;
        private final List<T> items;
        private final BiConsumer<T, InputEntityVisitor> fill;
        private int next;

        Chunks(List<T> items, BiConsumer<T, InputEntityVisitor> fill) {
            this.items = items;
            this.fill = fill;
        }

        @Override
        public InputChunk newChunk() {
            return new Chunk();
        }

        @Override
        public synchronized boolean next(InputChunk chunk) {
            if (next >= items.size()) {
                return false;
            }
            Chunk c = (Chunk) chunk;
            c.from = next;
            c.to = Math.min(items.size(), next + CHUNK);
            next = c.to;
            return true;
        }

        @Override
        public void close() {
        }

        private final class Chunk implements InputChunk {
            int from;
            int to;

            @Override
            public boolean next(InputEntityVisitor visitor) throws IOException {
                if (from >= to) {
                    return false;
                }
                fill.accept(items.get(from++), visitor);
                visitor.endOfEntity();
                return true;
            }

            @Override
            public void close() {
            }
        }
    }
}
