package io.actorgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * End to end on the gold cases: for every {@code fixtures/*.questions.json} (and our own
 * {@code extract-cases/}), extract the article, load it into an empty embedded store and answer
 * its questions with the question service, counting exactly as {@code ../shared/eval/score}
 * does. The models are loaded once per JVM (shared), a store is opened per folder.
 */
class FixturesScoreIT {

    private static Path resource(String folder) throws URISyntaxException {
        return Path.of(FixturesScoreIT.class.getResource("/" + folder).toURI());
    }

    private static FixtureRun score(String folder) throws URISyntaxException {
        FixtureRun fresh = new FixtureRun(Extractors.create());
        List<Path> cases = FixtureRun.caseFiles(resource(folder));
        assertThat(cases).as("gold cases in %s", folder).isNotEmpty();
        for (Path c : cases) {
            fresh.run(GoldCases.read(c));
        }
        fresh.score.lines.forEach(System.out::println);
        fresh.missedFacts.forEach(m -> System.out.println("missed fact: " + m));
        System.out.println(folder + ": facts " + fresh.foundFacts + "/" + fresh.goldFacts + "; " + fresh.score.summary());
        return fresh;
    }

    @Test
    void fixturesMeetTheBar() throws URISyntaxException {
        try (FixtureRun r = score("fixtures")) {
            assertThat(r.score.recall()).as("recall on the fixtures").isGreaterThanOrEqualTo(0.90);
            assertThat(r.score.forbidden).as("forbidden answers on the fixtures").isZero();
            assertThat(r.score.precision()).as("precision on the fixtures").isGreaterThanOrEqualTo(0.85);
            // the fixtures' gold facts, negated ones and extras included: most must be there
            assertThat(r.goldFacts).isGreaterThan(0);
            assertThat((double) r.foundFacts / r.goldFacts).as("share of gold facts found").isGreaterThanOrEqualTo(0.75);
        }
    }

    @Test
    void ownArticlesMeetTheBar() throws URISyntaxException {
        try (FixtureRun r = score("extract-cases")) {
            assertThat(r.score.recall()).as("recall on our own articles").isGreaterThanOrEqualTo(0.90);
            assertThat(r.score.forbidden).as("forbidden answers on our own articles").isZero();
            assertThat(r.score.precision()).as("precision on our own articles").isGreaterThanOrEqualTo(0.85);
        }
    }
}
