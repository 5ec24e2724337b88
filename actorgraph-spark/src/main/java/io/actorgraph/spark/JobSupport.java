package io.actorgraph.spark;

import io.actorgraph.input.InputProblem;
import io.actorgraph.store.StoreException;
import java.io.IOException;
import java.io.PrintWriter;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;

/** What both jobs share: the session, one-line errors with the command line's exit codes, the outputs. */
final class JobSupport {

    static final int OK = 0;
    static final int SOME_FAILED = 1;
    static final int USAGE = 2;
    static final int STORE_UNAVAILABLE = 3;
    static final int INTERNAL = 70;

    private JobSupport() {
    }

    /**
     * The session spark-submit set up, or one of our own: {@code --master} when given, else the
     * {@code spark.master} property, else all local cores (a run from the command line or an IDE).
     */
    static SparkSession session(String app, String master) {
        SparkSession.Builder builder = SparkSession.builder().appName(app);
        if (master != null) {
            builder.master(master);
        } else if (System.getProperty("spark.master") == null && System.getenv("SPARK_ENV_LOADED") == null) {
            builder.master("local[*]");
        }
        return builder.getOrCreate();
    }

    /** Runs a job's command: problems a user can cause are one line on stderr, with the CLI's exit codes. */
    static int run(String name, Object command, String... args) {
        CommandLine cli = new CommandLine(command);
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            PrintWriter err = commandLine.getErr();
            Throwable cause = rootOf(e);
            if (cause instanceof InputProblem) {
                err.println(name + ": " + cause.getMessage());
                return SOME_FAILED;
            }
            if (cause instanceof StoreException) {
                err.println(name + ": " + cause.getMessage());
                return STORE_UNAVAILABLE;
            }
            if (cause instanceof OutputExists) {
                err.println(name + ": " + cause.getMessage());
                return USAGE;
            }
            err.println(name + ": internal error: " + firstLine(cause));
            if (System.getenv("ACTORGRAPH_DEBUG") != null) {
                e.printStackTrace(err);
            }
            return INTERNAL;
        });
        return cli.execute(args);
    }

    /** The one of ours in a chain (a Spark task's failure arrives wrapped, and as its message only). */
    private static Throwable rootOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InputProblem || t instanceof StoreException || t instanceof OutputExists) {
                return t;
            }
        }
        String message = String.valueOf(e.getMessage());
        int at = message.indexOf(StoreException.class.getName() + ": ");
        if (at >= 0) {
            return new StoreException(message.substring(at + StoreException.class.getName().length() + 2).split("\n")[0]);
        }
        return e;
    }

    static String firstLine(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage().split("\n")[0]);
    }

    /** An output folder that is there already (Spark would refuse it after all the work). */
    static final class OutputExists extends RuntimeException {
        OutputExists(String message) {
            super(message);
        }
    }

    static void prepareOutput(Configuration conf, String folder, boolean overwrite) {
        try {
            Path path = new Path(folder);
            FileSystem fs = path.getFileSystem(conf);
            if (fs.exists(path)) {
                if (!overwrite) {
                    throw new OutputExists(folder + ": is there already; give a new folder, or --overwrite to replace it");
                }
                fs.delete(path, true);
            }
        } catch (IOException e) {
            throw new InputProblem(folder, "cannot prepare the output folder (" + InputFiles.oneLine(e) + ")");
        }
    }

    /**
     * Writes lines as JSON Lines files into a new folder: Spark's part files, named
     * {@code part-NNNNN.jsonl} so that {@code actorgraph load} reads them as JSON Lines, empty
     * ones removed.
     */
    static void writeJsonLines(JavaRDD<String> lines, Configuration conf, String folder) {
        lines.saveAsTextFile(folder);
        try {
            Path path = new Path(folder);
            FileSystem fs = path.getFileSystem(conf);
            for (FileStatus part : fs.listStatus(path)) {
                String name = part.getPath().getName();
                if (!name.startsWith("part-")) {
                    continue;
                }
                if (part.getLen() == 0) {
                    fs.delete(part.getPath(), false);
                } else {
                    fs.rename(part.getPath(), new Path(path, name + ".jsonl"));
                }
            }
        } catch (IOException e) {
            throw new InputProblem(folder, "cannot name the output files (" + InputFiles.oneLine(e) + ")");
        }
    }
}
