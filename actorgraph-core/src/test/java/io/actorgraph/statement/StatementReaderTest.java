package io.actorgraph.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.actorgraph.input.InputProblem;
import io.actorgraph.model.Relation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatementReaderTest {

    private static final StatementReader READER = new StatementReader();

    @TempDir
    Path dir;

    private static Path resource(String name) {
        return Path.of("actorgraph-core/src/test/resources/statements", name);
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static String valid() throws IOException {
        return Files.readString(resource("border-report.json"));
    }

    @Test
    void readsAValidDocument() {
        List<StatementDocument> docs = READER.read(resource("harbour-talks.json"));
        assertThat(docs).hasSize(1);
        StatementDocument doc = docs.get(0);
        assertThat(doc.article().id()).isEqualTo("harbour-talks");
        assertThat(doc.actors()).extracting(ActorStatement::name).contains("Wanjiru Kamau", "Fjordgas");
        assertThat(doc.facts()).extracting(FactStatement::relation).contains(Relation.SIGNED, Relation.HOLDS_OFFICE);
        assertThat(doc.events()).singleElement().satisfies(e -> assertThat(e.participants()).hasSize(4));
    }

    @Test
    void readsArraysAndJsonLines() throws IOException {
        String one = valid().replace("\n", " ");
        assertThat(READER.read(write("two.json", "[" + one + "," + one.replace("border-report", "other") + "]"))).hasSize(2);
        assertThat(READER.read(write("two.jsonl", one + "\n\n" + one.replace("border-report", "other") + "\n"))).hasSize(2);
    }

    @Test
    void jsonLinesStreamDocumentByDocumentAsTheyAreRead() throws IOException {
        String one = valid().replace("\n", " ");
        Path file = write("three.jsonl", "\uFEFF" + one + "\n\n" + one.replace("border-report", "second") + "\r\n"
                + one.replace("border-report", "third"));
        List<String> ids = new java.util.ArrayList<>();
        READER.stream(file, doc -> ids.add(doc.article().id()));
        assertThat(ids).containsExactly("border-report", "second", "third");
        assertThat(READER.read(file)).extracting(d -> d.article().id()).containsExactlyElementsOf(ids);
        List<String> unchecked = new java.util.ArrayList<>();
        READER.stream(file, doc -> unchecked.add(doc.article().id()), false);
        assertThat(unchecked).isEqualTo(ids);
    }

    @Test
    void aBrokenLineStopsTheStreamNamingTheFileAndLineAfterTheDocumentsBeforeIt() throws IOException {
        String one = valid().replace("\n", " ");
        Path file = write("broken.jsonl", one + "\n" + one.substring(0, 50) + "\n" + one);
        List<String> ids = new java.util.ArrayList<>();
        assertThatThrownBy(() -> READER.stream(file, doc -> ids.add(doc.article().id())))
                .isInstanceOf(InputProblem.class)
                .hasMessageStartingWith(file.toString())
                .hasMessageContaining("line 2")
                .hasMessageContaining("broken JSON");
        assertThat(ids).containsExactly("border-report");
        Path empty = write("empty.jsonl", "");
        assertThatThrownBy(() -> READER.stream(empty, doc -> { })).hasMessageContaining("empty");
        Path blank = write("blank.jsonl", "\n  \n");
        assertThatThrownBy(() -> READER.stream(blank, doc -> { })).hasMessageContaining("no statement document");
        Path latin1 = dir.resolve("latin1.jsonl");
        Files.write(latin1, ("\n{\"format\": \"caf\u00e9\"}").getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> READER.stream(latin1, doc -> { })).hasMessageContaining("line 2")
                .hasMessageContaining("not valid UTF-8");
    }

    @Test
    void brokenJsonNamesTheFileLineAndColumn() throws IOException {
        Path file = write("broken.json", "{\n  \"format\": \"actorgraph-statements\",\n  \"version\": 1,\n  \"article\": {\"id\": \"x\"\n}");
        assertThatThrownBy(() -> READER.read(file))
                .isInstanceOf(InputProblem.class)
                .hasMessageStartingWith(file.toString())
                .hasMessageContaining("line 5")
                .hasMessageContaining("broken JSON");
    }

    @Test
    void anUnknownRelationIsNamedWithItsPlace() throws IOException {
        Path file = write("unknown.json", valid().replace("\"SUPPORTED\"", "\"ADMIRED\""));
        assertThatThrownBy(() -> READER.read(file))
                .isInstanceOf(InputProblem.class)
                .hasMessageContaining("/facts/4/relation")
                .hasMessageContaining("ADMIRED");
    }

    @Test
    void aMissingActorReferenceIsRefused() throws IOException {
        Path file = write("dangling.json", valid().replace("\"subject\": \"p3\"", "\"subject\": \"nobody\""));
        assertThatThrownBy(() -> READER.read(file))
                .isInstanceOf(InputProblem.class)
                .hasMessageContaining("/facts/2/subject")
                .hasMessageContaining("no actor with id \"nobody\"");
    }

    @Test
    void anImpossibleDateIsRefused() throws IOException {
        Path file = write("date.json", valid().replace("2025-04-02", "2025-02-30"));
        assertThatThrownBy(() -> READER.read(file)).hasMessageContaining("not a real date");
    }

    @Test
    void emptyBinaryAndWrongEncodingFilesAreRefusedWithWhatToDo() throws IOException {
        Path empty = write("empty.json", "");
        assertThatThrownBy(() -> READER.read(empty)).hasMessageContaining("empty");
        Path binary = dir.resolve("binary.json");
        Files.write(binary, new byte[] {0x7b, 0x00, 0x01, 0x02, (byte) 0xff});
        assertThatThrownBy(() -> READER.read(binary)).hasMessageContaining("binary");
        Path latin1 = dir.resolve("latin1.json");
        Files.write(latin1, "{\"format\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> READER.read(latin1)).hasMessageContaining("not valid UTF-8").hasMessageContaining("iconv");
    }

    @Test
    void anArticleGivenToLoadIsToldToGoToIngest() throws IOException {
        Path article = write("article.json", "{\"id\": \"a\", \"text\": \"Leaders met.\"}");
        assertThatThrownBy(() -> READER.read(article)).hasMessageContaining("actorgraph ingest");
    }
}
