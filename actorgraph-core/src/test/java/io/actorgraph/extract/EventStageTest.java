package io.actorgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.actorgraph.extract.event.EventStage;
import io.actorgraph.extract.event.Frame;
import io.actorgraph.extract.pipeline.Doc;
import io.actorgraph.model.DatePrecision;
import io.actorgraph.model.Polarity;
import io.actorgraph.model.Relation;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Relation frames: verbs and nouns, coordination, passive, negation, plans, attribution, hedges, dates, places. */
class EventStageTest {

    private static List<Frame> frames(String text) {
        Doc doc = Pipelines.runUpTo(EventStage.class, text, "2025-07-12");
        return doc.frames();
    }

    private static Frame only(List<Frame> frames, Relation relation) {
        List<Frame> of = frames.stream().filter(f -> f.relation() == relation).toList();
        assertThat(of).as("%s frames in %s", relation, frames).hasSize(1);
        return of.get(0);
    }

    private static Set<String> names(Set<io.actorgraph.extract.coref.Entity> es) {
        return es.stream().map(e -> e.name()).collect(Collectors.toSet());
    }

    @Test
    void coordinatedSubjectsMeetEachOtherWhereAndWhen() {
        Frame f = only(frames("Kenyan President Wanjiru Kamau and Ugandan President Yoweri Tumusiime met in Kampala on Saturday."),
                Relation.MET_WITH);
        assertThat(names(f.agents())).containsExactlyInAnyOrder("Wanjiru Kamau", "Yoweri Tumusiime");
        assertThat(f.place().name()).isEqualTo("Kampala");
        assertThat(f.date()).isEqualTo("2025-07-12");
        assertThat(f.datePrecision()).isEqualTo(DatePrecision.day);
    }

    @Test
    void meetWithEvenWhenTheParseMissesThePreposition() {
        Frame f = only(frames("During his visit, President Ali Noor met with Somali President Hassan Farah to discuss trade."),
                Relation.MET_WITH);
        assertThat(names(f.agents())).contains("Ali Noor");
        assertThat(names(f.targets())).contains("Hassan Farah");
    }

    @Test
    void passiveAgentsSign() {
        Frame f = only(frames("A trade accord between Chile and Peru was signed by Chilean Minister Ana Soto and "
                + "Peruvian Minister Luis Paredes."), Relation.SIGNED);
        assertThat(names(f.agents())).contains("Ana Soto", "Luis Paredes", "Chile", "Peru");
    }

    @Test
    void negationIsKept() {
        List<Frame> talks = frames("Norway and Sweden held talks. Danish Foreign Minister Lars Holm did not attend the talks.");
        assertThat(talks).anySatisfy(f -> {
            assertThat(f.attendance()).isTrue();
            assertThat(f.polarity()).isEqualTo(Polarity.negated);
            assertThat(f.antecedent()).isNotNull();
        });
        List<Frame> denied = frames("Estonian Foreign Minister Mart Kuusk denied meeting Russian officials.");
        assertThat(only(denied, Relation.MET_WITH).polarity()).isEqualTo(Polarity.negated);
        assertThat(only(frames("Latvia has not signed the agreement with Estonia."), Relation.SIGNED).polarity())
                .isEqualTo(Polarity.negated);
    }

    @Test
    void plansAndExpectationsAreNotFacts() {
        assertThat(frames("Finnish Prime Minister Aino Lehto is expected to visit Tallinn next month.")).isEmpty();
        assertThat(frames("Petroval plans to sign a supply deal with Ghana next year.")).isEmpty();
        assertThat(frames("Tongan Prime Minister Sione Fifita will travel to Suva in December.")).isEmpty();
    }

    @Test
    void attributionAndHedges() {
        Frame f = only(frames("A Peruvian and a Bolivian official reportedly met in Quito on Thursday, a source close to "
                + "the talks said."), Relation.MET_WITH);
        assertThat(f.attribution()).isEqualTo("a source close to the talks");
        assertThat(f.hedges()).contains("reportedly");
        assertThat(only(frames("Ghana and Togo agreed to reopen the border, according to officials."), Relation.AGREED_WITH)
                .attribution()).isEqualTo("officials");
    }

    @Test
    void nominalStrikesWithDemonymAttackers() {
        Frame f = only(frames("Colombian strikes on the Eastern Liberation Front have intensified."), Relation.STRUCK);
        assertThat(names(f.agents())).containsExactly("Colombia");
        assertThat(names(f.targets())).containsExactly("Eastern Liberation Front");
    }

    @Test
    void reportersAreNotParticipants() {
        List<Frame> fs = frames("Peruvian Minister Rosa Huaman said Bolivian officials had met Chilean negotiators.");
        Frame f = only(fs, Relation.MET_WITH);
        assertThat(names(f.agents())).doesNotContain("Rosa Huaman");
        assertThat(names(f.targets())).doesNotContain("Rosa Huaman");
    }

    @Test
    void theFirstToVisitDidVisit() {
        List<Frame> fs = frames("He is the first German head of state to visit Kenya since 2013. "
                + "German President Klaus Brandt landed in Nairobi on Tuesday.");
        assertThat(fs.stream().filter(f -> f.relation() == Relation.VISITED).flatMap(f -> f.targets().stream())
                .map(e -> e.name())).contains("Kenya", "Nairobi");
    }

    @Test
    void visitsByVerbAndNoun() {
        List<Frame> fs = frames("Malian Foreign Minister Awa Traore arrived in Dakar on Monday. Her visit to Senegal "
                + "was her first since taking office.");
        assertThat(fs.stream().filter(f -> f.relation() == Relation.VISITED).flatMap(f -> f.targets().stream())
                .map(e -> e.name())).contains("Dakar", "Senegal");
    }
}
