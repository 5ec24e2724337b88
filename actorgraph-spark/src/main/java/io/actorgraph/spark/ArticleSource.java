package io.actorgraph.spark;

import io.actorgraph.extract.ArticleReader;
import io.actorgraph.input.InputProblem;
import io.actorgraph.input.TextFiles;
import io.actorgraph.spark.InputFiles.Format;
import io.actorgraph.spark.InputFiles.InputFile;
import io.actorgraph.spark.RawArticle.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.SparkSession;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetInputFormat;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import scala.Tuple2;

/**
 * Articles from files, as one RDD of {@link RawArticle}s, read the way {@code actorgraph
 * extract} reads them: a .json file is one article, a .jsonl file one per line (split across
 * tasks like any text file; compressed ones too), a .txt file one article whose id is its name,
 * and Parquet rows with the columns id, title, date, source, url, text (only text is needed).
 * Nothing is checked here beyond what must be known to read on (encoding, size): the checks of
 * an article are the extractor's side's, so that a bad article becomes an error line, never a
 * failed task.
 */
final class ArticleSource {

    /** As {@code actorgraph extract} allows for a .json file or a .jsonl line. */
    static final int MAX_JSON_BYTES = ArticleReader.MAX_ARTICLE_BYTES + 64 * 1024;

    private ArticleSource() {
    }

    static JavaRDD<RawArticle> read(SparkSession spark, List<InputFile> files) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<JavaRDD<RawArticle>> parts = new ArrayList<>();
        List<String> lines = files.stream().filter(f -> f.format() == Format.JSONL).map(InputFile::path).toList();
        List<String> parquet = files.stream().filter(f -> f.format() == Format.PARQUET).map(InputFile::path).toList();
        for (Format format : List.of(Format.JSON, Format.TEXT)) {
            List<String> paths = files.stream().filter(f -> f.format() == format).map(InputFile::path).toList();
            if (!paths.isEmpty()) {
                boolean text = format == Format.TEXT;
                parts.add(jsc.binaryFiles(String.join(",", paths)).map(file -> wholeFile(file._1(), file._2(), text)));
            }
        }
        if (!lines.isEmpty()) {
            @SuppressWarnings("unchecked")
            JavaNewHadoopRDD<LongWritable, Text> rdd = (JavaNewHadoopRDD<LongWritable, Text>) jsc.newAPIHadoopFile(
                    String.join(",", lines), TextInputFormat.class, LongWritable.class, Text.class,
                    jsc.hadoopConfiguration());
            parts.add(rdd.mapPartitionsWithInputSplit(ArticleSource::jsonLines, false));
        }
        if (!parquet.isEmpty()) {
            parts.add(parquetRows(jsc, parquet));
        }
        JavaRDD<RawArticle> all = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            all = all.union(parts.get(i));
        }
        return all;
    }

    private static RawArticle wholeFile(String path, PortableDataStream stream, boolean text) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        String baseName = TextFiles.baseName(java.nio.file.Path.of(name));
        Kind kind = text ? Kind.TEXT : Kind.JSON;
        int max = text ? ArticleReader.MAX_ARTICLE_BYTES : MAX_JSON_BYTES;
        byte[] bytes;
        try (InputStream in = stream.open()) {
            bytes = in.readNBytes(max + 1);
        } catch (IOException e) {
            return RawArticle.failed(path, kind, baseName, "cannot read (" + InputFiles.oneLine(e) + ")");
        }
        if (bytes.length == 0) {
            return RawArticle.failed(path, kind, baseName, "the file is empty; nothing to read");
        }
        if (bytes.length > max) {
            return RawArticle.failed(path, kind, baseName, String.format(Locale.ROOT,
                    "the file is over the limit of %,d bytes; split it into smaller files", max));
        }
        try {
            return new RawArticle(path, kind, baseName, TextFiles.decode(path, bytes), null, null);
        } catch (InputProblem problem) {
            return RawArticle.failed(path, kind, baseName, problem.getMessage().substring(path.length() + 2));
        }
    }

    private static Iterator<RawArticle> jsonLines(org.apache.hadoop.mapreduce.InputSplit split,
            Iterator<Tuple2<LongWritable, Text>> lines) {
        String path = ((FileSplit) split).getPath().toString();
        String name = ((FileSplit) split).getPath().getName();
        String baseName = name.substring(0, name.toLowerCase(Locale.ROOT).indexOf(".jsonl") > 0
                ? name.toLowerCase(Locale.ROOT).indexOf(".jsonl") : name.length());
        return new Iterator<>() {
            private RawArticle next = advance();

            private RawArticle advance() {
                while (lines.hasNext()) {
                    Tuple2<LongWritable, Text> line = lines.next();
                    long offset = line._1().get();
                    Text text = line._2(); // reused by the reader: copied out here
                    String from = path + "@" + offset;
                    String defaultId = baseName + "-b" + offset;
                    if (text.getLength() > MAX_JSON_BYTES) {
                        return RawArticle.failed(from, Kind.JSON, defaultId, "the article is over "
                                + ArticleReader.MAX_ARTICLE_BYTES / 1024 + " KiB; split it, or leave it out");
                    }
                    byte[] bytes = Arrays.copyOf(text.getBytes(), text.getLength());
                    String decoded;
                    try {
                        decoded = TextFiles.decode(from, bytes);
                    } catch (InputProblem problem) {
                        return RawArticle.failed(from, Kind.JSON, defaultId,
                                problem.getMessage().substring(from.length() + 2));
                    }
                    if (!decoded.isBlank()) {
                        return new RawArticle(from, Kind.JSON, defaultId, decoded, null, null);
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public RawArticle next() {
                RawArticle current = next;
                next = advance();
                return current;
            }
        };
    }

    /**
     * Parquet rows through parquet-hadoop's own reader (which Spark ships), split by row group
     * like any Parquet scan, and not through Spark SQL: Spark SQL's parser needs ANTLR 4.9, and
     * the embedded Neo4j beside it in the tests needs 4.13 (see the pom). Columns are found by
     * name; any primitive type is read as its text, a DATE as YYYY-MM-DD.
     */
    private static JavaRDD<RawArticle> parquetRows(JavaSparkContext jsc, List<String> files) {
        Configuration conf = new Configuration(jsc.hadoopConfiguration());
        conf.set(ParquetInputFormat.READ_SUPPORT_CLASS, GroupReadSupport.class.getName());
        @SuppressWarnings("unchecked")
        JavaNewHadoopRDD<Void, Group> rdd = (JavaNewHadoopRDD<Void, Group>) jsc.newAPIHadoopFile(
                String.join(",", files), ParquetInputFormat.class, Void.class, Group.class, conf);
        return rdd.mapPartitionsWithInputSplit((split, rows) -> {
            String path = ((FileSplit) split).getPath().toString();
            List<RawArticle> out = new ArrayList<>();
            long row = 0;
            while (rows.hasNext()) {
                Group group = rows.next()._2();
                String[] fields = new String[COLUMNS.length];
                for (int i = 0; i < COLUMNS.length; i++) {
                    fields[i] = value(group, COLUMNS[i]);
                }
                String text = fields[5];
                String id = fields[0];
                // the file, the split's first byte and the row within the split
                String from = path + "@" + ((FileSplit) split).getStart() + "#" + row++ + (id == null ? "" : " (id " + id + ")");
                // a row without an id gets one from its text: the same row gets the same id in every run
                String defaultId = "row-" + Integer.toHexString(text == null ? 0 : text.hashCode());
                out.add(text == null
                        ? RawArticle.failed(from, Kind.FIELDS, defaultId, "has no \"text\" value; an article needs its text"
                                + " (Parquet columns: id, title, date, source, url, text)")
                        : new RawArticle(from, Kind.FIELDS, defaultId, text, Arrays.copyOf(fields, 5), null));
            }
            return out.iterator();
        }, false);
    }

    private static final String[] COLUMNS = {"id", "title", "date", "source", "url", "text"};

    private static String value(Group group, String column) {
        GroupType type = group.getType();
        if (!type.containsField(column)) {
            return null;
        }
        int index = type.getFieldIndex(column);
        if (!type.getType(index).isPrimitive() || group.getFieldRepetitionCount(index) == 0) {
            return null;
        }
        if (type.getType(index).getLogicalTypeAnnotation() instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation) {
            return java.time.LocalDate.ofEpochDay(group.getInteger(index, 0)).toString();
        }
        return group.getValueToString(index, 0);
    }
}
