package io.actorgraph.spark;

import io.actorgraph.spark.InputFiles.Format;
import io.actorgraph.spark.InputFiles.InputFile;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Articles to statements on Spark: {@code OUT/statements/} gets one statements document per
 * article as JSON Lines, the very documents {@code actorgraph extract} prints; {@code OUT/errors/}
 * one line per article that could not be extracted, with its problem. A bad article never fails
 * the job. See docs/scale.md.
 */
@Command(name = "actorgraph-spark extract", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Extract statements from articles on Apache Spark.",
            "Writes OUT/statements/*.jsonl (one statements document per article, as `actorgraph extract`)",
            "and OUT/errors/*.jsonl (each failed article with its problem). Exit status 0 even when some",
            "articles failed (they are in OUT/errors); 1 when an input is missing; 2 wrong usage."})
public final class ExtractJob implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = {"Articles: files, folders or globs on any Hadoop file system (file:, hdfs:, s3a:).",
                "By ending: .json (one article), .jsonl (one per line; .jsonl.gz too), .txt (id = file name),",
                ".parquet (columns id, title, date, source, url, text)."})
    List<String> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (must not exist unless --overwrite).")
    String out;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Read every input file as json, jsonl, text or parquet, whatever its ending.")
    String format;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "Spread the articles over N tasks (default: the input's split, at least 3 per core).")
    int partitions;

    @Option(names = "--pipelines", paramLabel = "MODE", defaultValue = "per-task",
            description = {"per-task (default): each running task has a CoreNLP pipeline and parser of its own",
                "(CoreNLP shares the tagging models within a JVM); shared: one pipeline for all tasks of an executor."})
    String pipelines;

    @Option(names = "--overwrite", description = "Replace OUT if it is there.")
    boolean overwrite;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master when not run by spark-submit (e.g. local[2]).")
    String master;

    /** What a run did. */
    public record Summary(long articles, long failed, long facts, long sentences, double seconds,
            double extractSeconds, double extractCpuSeconds) {

        public double sentencesPerSecond() {
            return seconds == 0 ? 0 : sentences / seconds;
        }

        /** Sentences per second of one pipeline at work (wall time: slower when the cores are shared). */
        public double sentencesPerPipelineSecond() {
            return extractSeconds == 0 ? 0 : sentences / extractSeconds;
        }

        /** Sentences per CPU second of extraction: what one core gives once its models are loaded. */
        public double sentencesPerCpuSecond() {
            return extractCpuSeconds == 0 ? 0 : sentences / extractCpuSeconds;
        }
    }

    public static void main(String[] args) {
        System.exit(JobSupport.run("actorgraph-spark extract", new ExtractJob(), args));
    }

    @Override
    public Integer call() {
        ExtractorPool.Mode mode = switch (pipelines) {
            case "per-task" -> ExtractorPool.Mode.PER_TASK;
            case "shared" -> ExtractorPool.Mode.SHARED;
            default -> throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--pipelines: give per-task or shared, not " + pipelines);
        };
        Format forced = format == null ? null : switch (format.toLowerCase(Locale.ROOT)) {
            case "json" -> Format.JSON;
            case "jsonl" -> Format.JSONL;
            case "text", "txt" -> Format.TEXT;
            case "parquet" -> Format.PARQUET;
            default -> throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--format: give json, jsonl, text or parquet, not " + format);
        };
        SparkSession spark = JobSupport.session("actorgraph extract", master);
        try {
            Summary summary = run(spark, inputs, forced, out, partitions, mode, overwrite);
            System.out.printf(Locale.ROOT, "extracted %d articles (%d sentences, %d facts) in %.1f s: %.1f sentences/s"
                    + " (extracting: %.1f per pipeline-second, %.1f per CPU-second); %d failed%s%n",
                    summary.articles() - summary.failed(), summary.sentences(), summary.facts(), summary.seconds(),
                    summary.sentencesPerSecond(), summary.sentencesPerPipelineSecond(), summary.sentencesPerCpuSecond(),
                    summary.failed(),
                    summary.failed() > 0 ? ", listed in " + out + "/errors" : "");
            return JobSupport.OK;
        } finally {
            spark.stop();
        }
    }

    /** The job, on a session of the caller's (the tests share one). */
    public static Summary run(SparkSession spark, List<String> inputs, Format forced, String out, int partitions,
            ExtractorPool.Mode mode, boolean overwrite) {
        long started = System.nanoTime();
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        List<InputFile> files = InputFiles.list(conf, inputs, forced);
        JobSupport.prepareOutput(conf, out, overwrite);
        JavaRDD<RawArticle> raw = ArticleSource.read(spark, files);
        int wanted = partitions > 0 ? partitions : Math.max(raw.getNumPartitions(), spark.sparkContext().defaultParallelism() * 3);
        if (wanted != raw.getNumPartitions()) {
            // the NLP is the cost: spreading the raw text over more tasks is cheap beside it
            raw = raw.repartition(wanted);
        }
        JavaRDD<Outcome> outcomes = raw.mapPartitions(articles -> Extraction.partition(articles, mode))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            JobSupport.writeJsonLines(outcomes.filter(Outcome::ok).map(Outcome::statements), conf, out + "/statements");
            JobSupport.writeJsonLines(outcomes.filter(o -> !o.ok()).map(Outcome::error).coalesce(1), conf, out + "/errors");
            long[] totals = outcomes.map(o -> new long[] {1, o.ok() ? 0 : 1, o.facts(), o.sentences(), o.nanos(),
                    o.cpuNanos()}).fold(new long[6], (a, b) -> {
                        long[] sum = new long[6];
                        for (int i = 0; i < 6; i++) {
                            sum[i] = a[i] + b[i];
                        }
                        return sum;
                    });
            return new Summary(totals[0], totals[1], totals[2], totals[3], (System.nanoTime() - started) / 1e9,
                    totals[4] / 1e9, totals[5] / 1e9);
        } finally {
            outcomes.unpersist(false);
        }
    }
}
