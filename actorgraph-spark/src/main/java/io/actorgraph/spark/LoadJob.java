package io.actorgraph.spark;

import io.actorgraph.spark.InputFiles.Format;
import io.actorgraph.spark.InputFiles.InputFile;
import io.actorgraph.store.DriverStore;
import io.actorgraph.store.Schema;
import io.actorgraph.store.StoreException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Statements into Neo4j over Bolt, from every partition at once, with the project's own loader
 * (as {@code actorgraph load --uri}): one transaction per article, idempotent, safe beside other
 * writers. See docs/scale.md.
 */
@Command(name = "actorgraph-spark load", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Load statements (ExtractJob's OUT/statements, or `actorgraph extract` files) into Neo4j over Bolt.",
            "Exit status 0 when every document loaded; 1 when some were refused (one line each); 3 when the",
            "store is unreachable or refuses the credentials."})
public final class LoadJob implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "STATEMENTS",
            description = "Statement files (.jsonl, .json) or folders, on any Hadoop file system.")
    List<String> inputs;

    @Option(names = "--uri", paramLabel = "URI", defaultValue = "${env:NEO4J_URI}", required = true,
            description = "bolt://, neo4j:// or neo4j+s:// (a server, cluster or Aura); default $NEO4J_URI.")
    String uri;

    @Option(names = "--user", paramLabel = "NAME", defaultValue = "${env:NEO4J_USERNAME}",
            description = "Default $NEO4J_USERNAME; none for a server without authentication.")
    String user;

    @Option(names = "--password", paramLabel = "SECRET", defaultValue = "${env:NEO4J_PASSWORD}",
            description = "Default $NEO4J_PASSWORD.")
    String password;

    @Option(names = "--database", paramLabel = "NAME", description = "The database (default: the server's default).")
    String database;

    @Option(names = "--writers", paramLabel = "N", defaultValue = "2",
            description = {"Partitions writing at once (default 2). A Neo4j database has one writing leader:",
                "more writers than it has cores only collide."})
    int writers;

    @Option(names = "--errors", paramLabel = "DIR", description = "Write refused documents here (JSON Lines) besides stderr.")
    String errors;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master when not run by spark-submit (e.g. local[2]).")
    String master;

    /** What a run loaded. */
    public record Summary(long documents, long refused, long facts, long newFacts, long evidence, double seconds,
            List<String> problems) {

        public double factsPerSecond() {
            return seconds == 0 ? 0 : facts / seconds;
        }
    }

    public static void main(String[] args) {
        System.exit(JobSupport.run("actorgraph-spark load", new LoadJob(), args));
    }

    @Override
    public Integer call() {
        if (writers < 1) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--writers: give 1 or more");
        }
        BoltStores.Target target = new BoltStores.Target(uri, user, password, database);
        SparkSession spark = JobSupport.session("actorgraph load", master);
        try {
            Summary summary = run(spark, inputs, target, writers, errors);
            summary.problems().stream().limit(20).forEach(p -> System.err.println("actorgraph-spark load: " + p));
            if (summary.refused() > 20) {
                System.err.println("actorgraph-spark load: ... and " + (summary.refused() - 20) + " more"
                        + (errors == null ? "; --errors DIR lists them all" : " in " + errors));
            }
            System.out.printf(Locale.ROOT, "loaded %d articles (%d facts, %d new, %d evidence sentences) in %.1f s:"
                    + " %.0f facts/s; %d refused%n", summary.documents() - summary.refused(), summary.facts(),
                    summary.newFacts(), summary.evidence(), summary.seconds(), summary.factsPerSecond(), summary.refused());
            return summary.refused() > 0 ? JobSupport.SOME_FAILED : JobSupport.OK;
        } finally {
            spark.stop();
        }
    }

    /** The job, on a session of the caller's (the tests share one). */
    public static Summary run(SparkSession spark, List<String> inputs, BoltStores.Target target, int writers,
            String errors) {
        long started = System.nanoTime();
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        List<InputFile> files = InputFiles.list(conf, inputs, null);
        for (InputFile file : files) {
            if (file.format() != Format.JSON && file.format() != Format.JSONL) {
                throw new io.actorgraph.input.InputProblem(file.path(), "not a statements file; give .jsonl or .json"
                        + " (ExtractJob's OUT/statements, or what `actorgraph extract` printed)");
            }
        }
        if (errors != null) {
            JobSupport.prepareOutput(conf, errors, false);
        }
        // told at once, in one line, before any task starts; and the schema, once, before the writers
        try (DriverStore store = DriverStore.connect(target.uri(), target.user(), target.password(), target.database())) {
            Schema.apply(store);
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new StoreException("--uri " + target.uri() + ": cannot apply the schema (" + JobSupport.firstLine(e) + ")", e);
        }
        JavaRDD<StatementText> texts = read(spark, files);
        // as many partitions as writers: one transaction at a time each (fewer without a shuffle)
        if (texts.getNumPartitions() > writers) {
            texts = texts.coalesce(writers);
        } else if (texts.getNumPartitions() < writers) {
            texts = texts.repartition(writers);
        }
        JavaRDD<Loading.Result> results = texts.mapPartitions(part -> Loading.partition(part, target))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            long[] totals = results.map(r -> new long[] {1, r.problem() == null ? 0 : 1, r.facts(), r.newFacts(), r.evidence()})
                    .fold(new long[5], (a, b) -> new long[] {a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3], a[4] + b[4]});
            double seconds = (System.nanoTime() - started) / 1e9;
            JavaRDD<String> problems = results.filter(r -> r.problem() != null).map(Loading.Result::problem);
            if (errors != null && totals[1] > 0) {
                JobSupport.writeJsonLines(problems.map(LoadJob::errorLine).coalesce(1), conf, errors);
            }
            List<String> first = totals[1] > 0 ? problems.take(20) : List.of();
            return new Summary(totals[0], totals[1], totals[2], totals[3], totals[4], seconds, new ArrayList<>(first));
        } finally {
            results.unpersist(false);
        }
    }

    private static String errorLine(String problem) {
        return io.actorgraph.statement.StatementReader.mapper().createObjectNode().put("problem", problem).toString();
    }

    private static JavaRDD<StatementText> read(SparkSession spark, List<InputFile> files) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<String> lines = files.stream().filter(f -> f.format() == Format.JSONL).map(InputFile::path).toList();
        List<String> whole = files.stream().filter(f -> f.format() == Format.JSON).map(InputFile::path).toList();
        JavaRDD<StatementText> all = null;
        if (!lines.isEmpty()) {
            @SuppressWarnings("unchecked")
            JavaNewHadoopRDD<LongWritable, Text> rdd = (JavaNewHadoopRDD<LongWritable, Text>) jsc.newAPIHadoopFile(
                    String.join(",", lines), TextInputFormat.class, LongWritable.class, Text.class, jsc.hadoopConfiguration());
            all = rdd.mapPartitionsWithInputSplit((split, it) -> {
                String path = ((FileSplit) split).getPath().toString();
                List<StatementText> out = new ArrayList<>();
                while (it.hasNext()) {
                    var line = it.next();
                    String text = line._2().toString();
                    if (!text.isBlank()) {
                        out.add(new StatementText(path + "@" + line._1().get(), text, true));
                    }
                }
                return out.iterator();
            }, false);
        }
        if (!whole.isEmpty()) {
            JavaRDD<StatementText> json = jsc.wholeTextFiles(String.join(",", whole))
                    .map(file -> new StatementText(file._1(), file._2(), false));
            all = all == null ? json : all.union(json);
        }
        return all;
    }
}
