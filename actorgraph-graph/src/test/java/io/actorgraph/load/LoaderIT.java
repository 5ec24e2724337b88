package io.actorgraph.load;

import static io.actorgraph.TestGraphs.counts;
import static io.actorgraph.TestGraphs.load;
import static io.actorgraph.TestGraphs.names;
import static org.assertj.core.api.Assertions.assertThat;

import io.actorgraph.TestGraphs;
import io.actorgraph.query.Answer;
import io.actorgraph.query.AnswerItem;
import io.actorgraph.query.GraphQuestionService;
import io.actorgraph.query.QuestionService;
import io.actorgraph.store.EmbeddedStore;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader and the question service together on an in-process Neo4j. */
class LoaderIT {

    @TempDir
    static Path dir;

    static EmbeddedStore store;
    static QuestionService service;

    @BeforeAll
    static void open() {
        store = TestGraphs.open(dir.resolve("db"));
        service = new GraphQuestionService(store);
    }

    @BeforeEach
    void empty() {
        store.write(tx -> tx.run("MATCH (n) DETACH DELETE n"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void everyQuestionFormIsAnsweredWithEvidence() {
        load(store, "harbour-talks.json");
        assertThat(names(service.ask("who met with Lars Eriksen"))).containsExactly("Wanjiru Kamau");
        assertThat(names(service.ask("who signed with Fjordgas"))).containsExactlyInAnyOrder("Wanjiru Kamau", "Kenya");
        assertThat(names(service.ask("who signed with Kenya"))).containsExactlyInAnyOrder("Fjordgas", "Ingrid Sølberg");
        assertThat(names(service.ask("who struck Kenya"))).containsExactly("Coast Liberation Front");
        assertThat(names(service.ask("whom did the Coast Liberation Front strike"))).containsExactly("Kenya");
        assertThat(names(service.ask("whom did Kenya strike"))).isEmpty();
        assertThat(names(service.ask("who visited Mombasa"))).containsExactly("Lars Eriksen");
        assertThat(names(service.ask("who holds office in Fjordgas"))).containsExactly("Ingrid Sølberg");

        Answer signed = service.ask("who signed with Fjordgas");
        assertThat(signed.relation()).isEqualTo("SIGNED");
        assertThat(signed.actor().name()).isEqualTo("Fjordgas");
        assertThat(signed.actor().type()).isEqualTo("Firm");
        AnswerItem kamau = signed.answers().stream().filter(a -> a.name().equals("Wanjiru Kamau")).findFirst().orElseThrow();
        assertThat(kamau.type()).isEqualTo("Person");
        assertThat(kamau.aliases()).contains("Kamau");
        assertThat(kamau.evidence()).singleElement().satisfies(e -> {
            assertThat(e.article()).isEqualTo("harbour-talks");
            assertThat(e.sentence()).isEqualTo("Kamau and Fjordgas chief executive Ingrid Sølberg signed the harbour agreement.");
            assertThat(e.start()).isEqualTo(95L);
            assertThat(e.end()).isEqualTo(174L);
        });
    }

    @Test
    void negatedAndEndedFactsAreNeverAnswers() {
        load(store, "harbour-talks.json");
        assertThat(names(service.ask("who met with Eriksen"))).doesNotContain("Peter Otieno");
        assertThat(names(service.ask("who holds office in Kenya"))).containsExactly("Wanjiru Kamau");
        // the negated fact is kept, marked, for analysts
        assertThat(service.profile("Peter Otieno").orElseThrow().facts())
                .anySatisfy(f -> assertThat(f.polarity()).isEqualTo("negated"));
    }

    @Test
    void aVisitToACityCountsForItsCountry() {
        load(store, "harbour-talks.json");
        assertThat(names(service.ask("who visited Kenya"))).containsExactly("Lars Eriksen");
    }

    @Test
    void aliasesCaseAndDiacriticsFindTheActor() {
        load(store, "harbour-talks.json", "border-report.json");
        assertThat(service.findActor("ingrid solberg")).get().extracting(a -> a.name()).isEqualTo("Ingrid Sølberg");
        assertThat(service.findActor("KAMAU")).get().extracting(a -> a.name()).isEqualTo("Wanjiru Kamau");
        assertThat(service.findActor("the Kenyan government")).get().extracting(a -> a.key()).isEqualTo("state:ken");
        assertThat(service.findActor("U.S.")).isEqualTo(service.findActor("the United States"));
        assertThat(service.findActor("Turkey")).isEqualTo(service.findActor("Türkiye"));
        assertThat(names(service.ask("who holds office in Turkey"))).containsExactly("Mehmet Aydın");
        assertThat(names(service.ask("who holds office in the Turkish government"))).containsExactly("Mehmet Aydın");
        assertThat(names(service.ask("who met with Türkiye"))).containsExactly("Kenya");
        assertThat(service.findActor("Ruritania")).isEmpty();
        Answer unknown = service.ask("who met with Ruritania");
        assertThat(unknown.actor()).isNull();
        assertThat(unknown.answers()).isEmpty();
    }

    @Test
    void theSameFactInTwoArticlesIsOneEdgeWithTwoEvidences() {
        load(store, "harbour-talks.json", "border-report.json");
        Answer met = service.ask("who met with Kamau");
        assertThat(met.answers()).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("Lars Eriksen");
            assertThat(a.evidence()).extracting(e -> e.article()).containsExactlyInAnyOrder("harbour-talks", "border-report");
        });
        assertThat(store.read("""
                MATCH (:Actor {key: 'person:wanjiru kamau'})-[r:MET_WITH]-(:Actor {key: 'person:lars eriksen'})
                RETURN count(r) AS edges""", Map.of()).get(0).get("edges")).isEqualTo(1L);
        // "Kamau" alone in the second article resolved to the person of the first
        assertThat(store.read("MATCH (a:Person) WHERE a.name CONTAINS 'Kamau' RETURN count(a) AS n", Map.of())
                .get(0).get("n")).isEqualTo(1L);
        assertThat(store.read("MATCH (a:State {key: 'state:usa'}) RETURN count(a) AS n", Map.of()).get(0).get("n"))
                .isEqualTo(1L);
    }

    @Test
    void loadingAgainChangesNothing() {
        load(store, "harbour-talks.json", "border-report.json");
        Map<String, Object> before = counts(store);
        load(store, "harbour-talks.json", "border-report.json");
        assertThat(counts(store)).isEqualTo(before);
    }

    @Test
    void reloadingAnArticleReplacesItsFactsAndKeepsTheOthers() {
        load(store, "harbour-talks.json", "border-report.json");
        load(store, "harbour-talks-corrected.json");
        // gone: what only the old version stated
        assertThat(names(service.ask("who struck Kenya"))).isEmpty();
        assertThat(service.profile("Peter Otieno").orElseThrow().facts()).noneMatch(f -> f.relation().equals("DENOUNCED"));
        // new: what the corrected version adds
        assertThat(service.profile("Norway").orElseThrow().facts()).anyMatch(f -> f.relation().equals("AGREED_WITH"));
        // kept: the other article's facts, and the evidence both articles gave
        assertThat(names(service.ask("whom did Kenya strike"))).containsExactly("Coast Liberation Front");
        assertThat(service.ask("who met with Kamau").answers()).singleElement()
                .satisfies(a -> assertThat(a.evidence()).hasSize(2));
        // the alias only the old version wrote is gone; the actor stays, the other article names it
        assertThat(service.findActor("CLF")).isEmpty();
        assertThat(service.findActor("Coast Liberation Front")).isPresent();
        // and loading the corrected version is as if it had been loaded first
        Map<String, Object> replaced = counts(store);
        store.write(tx -> tx.run("MATCH (n) DETACH DELETE n"));
        load(store, "border-report.json", "harbour-talks-corrected.json");
        assertThat(counts(store)).isEqualTo(replaced);
    }

    @Test
    void theOtherQueriesAnswer() {
        load(store, "harbour-talks.json", "border-report.json");
        assertThat(service.search("ke", 10)).extracting(a -> a.name()).contains("Kenya");
        assertThat(service.search("SØL", 10)).extracting(a -> a.name()).containsExactly("Ingrid Sølberg");
        assertThat(service.timeline("Kenya")).isNotEmpty().isSortedAccordingTo(
                java.util.Comparator.comparing(e -> e.date() == null ? "" : e.date()));
        var connection = service.connection("Fjordgas", "Turkey").orElseThrow();
        assertThat(connection.actors().get(0).name()).isEqualTo("Fjordgas");
        assertThat(connection.actors().get(connection.actors().size() - 1).name()).isEqualTo("Turkey");
        assertThat(connection.steps()).allSatisfy(s -> assertThat(s.evidence()).isNotEmpty());
        var graph = service.neighbourhood("Fjordgas", 1, false, 100).orElseThrow();
        assertThat(graph.nodes()).extracting(a -> a.name()).contains("Fjordgas", "Kenya", "Wanjiru Kamau");
        var edge = graph.edges().stream().filter(e -> e.relation().equals("SIGNED")).findFirst().orElseThrow();
        assertThat(service.evidence(edge.key())).isNotEmpty();
        assertThat(service.neighbourhood("Lars Eriksen", 1, false, 100).orElseThrow().nodes())
                .extracting(a -> a.name()).doesNotContain("Peter Otieno");
        assertThat(service.neighbourhood("Lars Eriksen", 1, true, 100).orElseThrow().nodes())
                .extracting(a -> a.name()).contains("Peter Otieno");
    }
}
