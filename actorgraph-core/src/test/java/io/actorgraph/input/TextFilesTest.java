package io.actorgraph.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFilesTest {

    @TempDir
    Path dir;

    @Test
    void foldersExpandToTheFilesWithTheGivenEndingsInOrder() throws IOException {
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("b/2.json"), "{}");
        Files.writeString(dir.resolve("1.txt"), "x");
        Files.writeString(dir.resolve("notes.md"), "x");
        List<Path> files = TextFiles.expand(List.of(dir), Set.of("json", "txt"));
        assertThat(files).containsExactly(dir.resolve("1.txt"), dir.resolve("b/2.json"));
    }

    @Test
    void aByteOrderMarkIsDroppedAndUtf16IsRead() throws IOException {
        Path bom = dir.resolve("bom.txt");
        Files.write(bom, ("\uFEFFKenya").getBytes(StandardCharsets.UTF_8));
        assertThat(TextFiles.readText(bom, 100)).isEqualTo("Kenya");
        Path utf16 = dir.resolve("utf16.txt");
        Files.write(utf16, "Türkiye".getBytes(StandardCharsets.UTF_16));
        assertThat(TextFiles.readText(utf16, 100)).isEqualTo("Türkiye");
    }

    @Test
    void oversizedAndMissingFilesAreRefused() throws IOException {
        Path big = dir.resolve("big.txt");
        Files.writeString(big, "x".repeat(200));
        assertThatThrownBy(() -> TextFiles.readText(big, 100)).hasMessageContaining("over the limit");
        assertThatThrownBy(() -> TextFiles.readText(dir.resolve("none.txt"), 100)).hasMessageContaining("no such file");
        assertThatThrownBy(() -> TextFiles.readText(dir, 100)).hasMessageContaining("is a folder");
    }
}
