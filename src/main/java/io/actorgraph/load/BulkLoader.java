package io.actorgraph.load;

import io.actorgraph.resolve.Countries;
import io.actorgraph.statement.StatementDocument;
import io.actorgraph.store.StoreException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Array;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.neo4j.batchimport.api.BatchImporter;
import org.neo4j.batchimport.api.Configuration;
import org.neo4j.batchimport.api.IndexImporterFactory;
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
 * store files in one pass, with no transactions. The schema's indexes are built when the store
 * is first opened. Only for a folder without a store: once a store exists, articles are added
 * with {@code load}, one transaction each. All or nothing: when the import fails, the folder
 * is left without a database.
 */
public final class BulkLoader {

    /** What was built and how long each phase took. */
    public record Report(int articles, long facts, long evidences, long nodes, long relationships,
            double resolveSeconds, double importSeconds) {
    }

    private final ArticleWriter writer;

    public BulkLoader() {
        this(Countries.world());
    }

    public BulkLoader(Countries countries) {
        this.writer = new ArticleWriter(countries);
    }

    /** Whether {@code folder} already holds a store, which a bulk import must not touch. */
    public static boolean hasStore(Path folder) {
        return Files.exists(layout(folder).databaseDirectory()) || Files.exists(folder.resolve("data/databases/system"));
    }

    /**
     * Imports the documents into a new store in {@code folder}. A later document with the same
     * article id replaces an earlier one, as a re-load would.
     */
    public Report load(Path folder, List<StatementDocument> documents) {
        return load(folder, documents::iterator);
    }

    /**
     * Imports the documents the source gives, iterating it twice (article ids first), so that a
     * source generating them need not hold them all in memory.
     */
    public Report load(Path folder, Iterable<StatementDocument> documents) {
        Path home = folder.toAbsolutePath().normalize();
        if (hasStore(home)) {
            throw new StoreException("--db " + folder + ": already holds a store; a bulk import builds a new one."
                    + " Add articles to it with `load`, or give an empty folder");
        }
        long started = System.nanoTime();
        // a later document with the same article id replaces an earlier one: only the last is written
        Map<String, Integer> last = new HashMap<>();
        int position = 0;
        for (StatementDocument doc : documents) {
            last.put(doc.article().id(), position++);
        }
        MemoryLoaderGraph graph = new MemoryLoaderGraph();
        long evidences = 0;
        position = 0;
        for (StatementDocument doc : documents) {
            if (last.get(doc.article().id()) == position++) {
                try {
                    evidences += writer.write(graph, doc, false, System.nanoTime()).evidences();
                } catch (OutOfMemoryError e) {
                    graph = null; // frees the memory the message below needs
                    throw new StoreException("--db " + folder + ": the bulk import ran out of memory at article \""
                            + doc.article().id() + "\" (" + position + " read); give it more heap (ACTORGRAPH_JAVA_OPTS="
                            + "-Xmx...) or import fewer files and add the rest with `load`; nothing was written");
                } catch (RuntimeException e) {
                    throw new StoreException("--db " + folder + ": article \"" + doc.article().id()
                            + "\" could not be resolved (" + e.getMessage() + "); nothing was written", e);
                }
            }
        }
        List<MemoryLoaderGraph.Node> nodes = graph.nodes();
        List<MemoryLoaderGraph.Rel> relationships = graph.relationships();
        double resolveSeconds = (System.nanoTime() - started) / 1e9;
        long imported = System.nanoTime();
        try {
            Files.createDirectories(home);
            write(home, nodes, relationships);
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            removeDatabase(home);
            throw new StoreException("--db " + folder + ": the bulk import failed (" + e
                    + "); nothing was written, the folder holds no store", e);
        }
        return new Report(last.size(), graph.factCount(), evidences, nodes.size(), relationships.size(),
                resolveSeconds, (System.nanoTime() - imported) / 1e9);
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
                    PageCacheTracer.NULL, Configuration.DEFAULT, NullLogService.getInstance(), monitor(),
                    DefaultAdditionalIds.EMPTY, new EmptyLogTailMetadata(config), config, Monitor.NO_MONITOR, scheduler,
                    Collector.STRICT, TransactionLogInitializer.getLogFilesInitializer(), IndexImporterFactory.EMPTY,
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
        Class<?> type = first instanceof String ? String.class
                : first instanceof Long || first instanceof Integer ? long.class
                : first instanceof Number ? double.class
                : first instanceof Boolean ? boolean.class : null;
        if (type == null) {
            throw new IllegalArgumentException("a list of " + first.getClass().getSimpleName() + " cannot be stored");
        }
        Object array = Array.newInstance(type, list.size());
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            if (type == long.class) {
                Array.setLong(array, i, ((Number) item).longValue());
            } else if (type == double.class) {
                Array.setDouble(array, i, ((Number) item).doubleValue());
            } else {
                Array.set(array, i, item);
            }
        }
        return array;
    }

    private static void removeDatabase(Path home) {
        DatabaseLayout layout = layout(home);
        for (Path path : List.of(layout.databaseDirectory(), layout.getTransactionLogsDirectory())) {
            if (Files.exists(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
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
