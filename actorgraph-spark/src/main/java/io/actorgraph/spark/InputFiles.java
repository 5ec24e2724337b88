package io.actorgraph.spark;

import io.actorgraph.input.InputProblem;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The files a job's input paths stand for, on any Hadoop file system (file:, hdfs:, s3a:, ...):
 * each file as given, each folder's files below it with a known ending (hidden and {@code _}
 * files such as {@code _SUCCESS} left out), globs expanded. A path that matches nothing is a
 * one-line {@link InputProblem}.
 */
final class InputFiles {

    /** What a file holds, from its ending or from {@code --format}. */
    enum Format {
        JSON, JSONL, TEXT, PARQUET;

        static Format of(String name) {
            String n = name.toLowerCase(Locale.ROOT);
            for (String compressed : List.of(".gz", ".bz2", ".zst", ".deflate", ".lz4", ".snappy")) {
                if (n.endsWith(".jsonl" + compressed)) {
                    return JSONL;
                }
            }
            if (n.endsWith(".jsonl")) {
                return JSONL;
            }
            if (n.endsWith(".json")) {
                return JSON;
            }
            if (n.endsWith(".txt")) {
                return TEXT;
            }
            if (n.endsWith(".parquet")) {
                return PARQUET;
            }
            return null;
        }
    }

    record InputFile(String path, Format format) implements Serializable {
    }

    private InputFiles() {
    }

    static List<InputFile> list(Configuration conf, List<String> inputs, Format forced) {
        List<InputFile> files = new ArrayList<>();
        for (String input : inputs) {
            Path path = new Path(input);
            FileStatus[] matches;
            FileSystem fs;
            try {
                fs = path.getFileSystem(conf);
                matches = fs.globStatus(path);
            } catch (IOException | RuntimeException e) {
                throw new InputProblem(input, "cannot read (" + oneLine(e) + ")");
            }
            if (matches == null || matches.length == 0) {
                throw new InputProblem(input, "no such file or folder; check the path");
            }
            int before = files.size();
            for (FileStatus match : matches) {
                if (match.isDirectory()) {
                    addFolder(fs, match.getPath(), forced, files, input);
                } else {
                    Format format = forced != null ? forced : Format.of(match.getPath().getName());
                    if (format == null) {
                        throw new InputProblem(match.getPath().toString(),
                                "not an article file; give .json, .jsonl, .txt or .parquet, or say which with --format");
                    }
                    files.add(new InputFile(match.getPath().toString(), format));
                }
            }
            if (files.size() == before) {
                throw new InputProblem(input, "holds no .json, .jsonl, .txt or .parquet file");
            }
        }
        return files;
    }

    private static void addFolder(FileSystem fs, Path folder, Format forced, List<InputFile> files, String input) {
        try {
            List<InputFile> found = new ArrayList<>();
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(folder, true);
            while (it.hasNext()) {
                LocatedFileStatus file = it.next();
                if (hidden(folder, file.getPath()) || file.getLen() == 0 && Format.of(file.getPath().getName()) == Format.PARQUET) {
                    continue;
                }
                Format format = Format.of(file.getPath().getName());
                if (format != null && forced != null) {
                    format = forced;
                }
                if (format != null) {
                    found.add(new InputFile(file.getPath().toString(), format));
                }
            }
            found.sort(java.util.Comparator.comparing(InputFile::path));
            files.addAll(found);
        } catch (IOException e) {
            throw new InputProblem(input, "cannot list the folder (" + oneLine(e) + ")");
        }
    }

    /** A name starting with '.' or '_' anywhere below the folder given (Spark's and Hadoop's own files). */
    private static boolean hidden(Path root, Path file) {
        for (Path p = file; p != null && !p.equals(root) && p.getParent() != null; p = p.getParent()) {
            String name = p.getName();
            if (name.startsWith(".") || name.startsWith("_")) {
                return true;
            }
        }
        return false;
    }

    static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.split("\n")[0];
    }
}
