package io.actorgraph.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.actorgraph.input.InputProblem;
import io.actorgraph.spark.InputFiles.Format;
import io.actorgraph.spark.InputFiles.InputFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files a job reads for its input paths: no Spark, Hadoop's local file system. */
class InputFilesTest {

    @TempDir
    Path dir;

    @Test
    void foldersGiveTheirArticleFilesByEndingLeavingHiddenAndUnderscoreFilesOut() throws IOException {
        Files.createDirectories(dir.resolve("a/b"));
        Files.createDirectories(dir.resolve("_temporary"));
        for (String name : List.of("one.json", "a/two.jsonl", "a/b/three.txt", "a/b/four.jsonl.gz", "rows.parquet",
                "notes.md", ".hidden.json", "_SUCCESS", "_temporary/five.json")) {
            Files.writeString(dir.resolve(name), "x");
        }
        List<InputFile> files = InputFiles.list(new Configuration(), List.of(dir.toString()), null);
        assertThat(files).extracting(f -> f.path().substring(f.path().indexOf(dir.getFileName().toString())
                + dir.getFileName().toString().length() + 1) + " " + f.format())
                .containsExactly("a/b/four.jsonl.gz JSONL", "a/b/three.txt TEXT", "a/two.jsonl JSONL", "one.json JSON",
                        "rows.parquet PARQUET");
    }

    @Test
    void globsAndForcedFormats() throws IOException {
        Files.writeString(dir.resolve("a.md"), "x");
        Files.writeString(dir.resolve("b.md"), "x");
        assertThat(InputFiles.list(new Configuration(), List.of(dir + "/*.md"), Format.TEXT))
                .extracting(InputFile::format).containsExactly(Format.TEXT, Format.TEXT);
        assertThatThrownBy(() -> InputFiles.list(new Configuration(), List.of(dir + "/a.md"), null))
                .isInstanceOf(InputProblem.class).hasMessageContaining("not an article file");
    }

    @Test
    void aPathThatMatchesNothingIsOneLine() {
        assertThatThrownBy(() -> InputFiles.list(new Configuration(), List.of(dir + "/missing"), null))
                .isInstanceOf(InputProblem.class).hasMessage(dir + "/missing: no such file or folder; check the path");
        assertThatThrownBy(() -> InputFiles.list(new Configuration(), List.of(dir.toString()), null))
                .isInstanceOf(InputProblem.class).hasMessageContaining("holds no .json, .jsonl, .txt or .parquet file");
    }
}
