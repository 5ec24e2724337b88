package io.actorgraph.bench;

import io.actorgraph.model.ActorType;
import io.actorgraph.model.Polarity;
import io.actorgraph.model.Relation;
import io.actorgraph.statement.ActorStatement;
import io.actorgraph.statement.ArticleMeta;
import io.actorgraph.statement.Evidence;
import io.actorgraph.statement.ExtractorInfo;
import io.actorgraph.statement.FactStatement;
import io.actorgraph.statement.Office;
import io.actorgraph.statement.StatementDocument;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A synthetic corpus for the load and query benchmarks: {@code actors} actors and
 * {@code facts} facts spread over {@code articles} statement documents. Actor popularity is
 * skewed (a few hubs, a long tail) like in news, each article's facts are among its cast of
 * about a third as many actors, and one fact in ten restates a fact another article states too,
 * so that evidence is merged as it is for real corpora. Seeded: the
 * same arguments give the same corpus.
 */
public final class SyntheticCorpus {

    private static final Relation[] RELATIONS = {Relation.MET_WITH, Relation.SIGNED, Relation.STRUCK,
        Relation.VISITED, Relation.HOLDS_OFFICE, Relation.DENOUNCED, Relation.CALLED_FOR, Relation.AGREED_WITH,
        Relation.IN_CONTACT_WITH, Relation.SUPPORTED};
    private static final ActorType[] TYPES = {ActorType.Person, ActorType.Person, ActorType.Person,
        ActorType.State, ActorType.Firm, ActorType.Organisation, ActorType.Place};

    private final int actors;
    private final int facts;
    private final int articles;
    private final long seed;

    public SyntheticCorpus(int actors, int facts, int articles, long seed) {
        this.actors = actors;
        this.facts = facts;
        this.articles = articles;
        this.seed = seed;
    }

    public int articles() {
        return articles;
    }

    /** The name of actor {@code i}; every actor has one canonical name and one short alias. */
    public static String name(int i) {
        return "Synthetic Actor " + i;
    }

    public static ActorType type(int i) {
        return TYPES[i % TYPES.length];
    }

    /** Document {@code index} (0-based): the same every time for the same corpus. */
    public StatementDocument document(int index) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
        // one fact in ten restates a fact drawn from the whole corpus, so evidence merges across articles
        int perArticle = facts / articles + (index < facts % articles ? 1 : 0);
        // like news: an article has a cast (a few hubs, many others) and its facts are among the cast
        int[] cast = new int[Math.max(2, Math.min(actors, perArticle / 3))];
        for (int c = 0; c < cast.length; c++) {
            cast[c] = pick(random);
        }
        LocalDate date = LocalDate.of(2020, 1, 1).plusDays(index % 2000);
        Map<Integer, String> localIds = new LinkedHashMap<>();
        List<FactStatement> statements = new ArrayList<>(perArticle);
        StringBuilder sentence = new StringBuilder();
        for (int f = 0; f < perArticle; f++) {
            int s;
            int o;
            Relation relation;
            if (f % 10 == 9 && index > 0) {
                // restate a fact of an earlier article: same relation, same actors
                SplittableRandom earlier = new SplittableRandom(seed * 31 + random.nextInt(Math.max(1, facts / 10)));
                s = pick(earlier);
                o = pick(earlier);
                relation = RELATIONS[earlier.nextInt(RELATIONS.length)];
            } else {
                s = cast[random.nextInt(cast.length)];
                o = cast[random.nextInt(cast.length)];
                relation = RELATIONS[random.nextInt(RELATIONS.length)];
            }
            if (s == o) {
                o = (o + 1) % actors;
            }
            if (relation == Relation.HOLDS_OFFICE && type(s) != ActorType.Person) {
                relation = Relation.MET_WITH;
            }
            String sid = localIds.computeIfAbsent(s, k -> "a" + k);
            String oid = localIds.computeIfAbsent(o, k -> "a" + k);
            sentence.setLength(0);
            sentence.append(name(s)).append(' ').append(relation.meaning()).append(' ').append(name(o))
                    .append(" on ").append(date).append('.');
            int start = f * 120;
            Polarity polarity = random.nextInt(50) == 0 ? Polarity.negated : Polarity.asserted;
            Office office = relation == Relation.HOLDS_OFFICE ? new Office("Minister", null, null, null) : null;
            statements.add(new FactStatement(relation, sid, oid, polarity, null,
                    new Evidence(sentence.toString(), start, start + sentence.length()), null, null,
                    date.toString(), null, null, office, 0.5 + random.nextInt(50) / 100.0));
        }
        List<ActorStatement> actorStatements = new ArrayList<>(localIds.size());
        localIds.forEach((i, id) -> actorStatements.add(new ActorStatement(id, type(i), name(i), List.of("Actor" + i))));
        ArticleMeta meta = new ArticleMeta("synthetic-" + index, "Synthetic article " + index, date.toString(),
                "actorgraph bench", null);
        return StatementDocument.of(meta, new ExtractorInfo("synthetic", "1"), actorStatements, List.of(), statements);
    }

    /** Skewed choice: a quarter of mentions go to the first 1 % of actors (the hubs). */
    private int pick(SplittableRandom random) {
        if (random.nextInt(4) == 0) {
            return random.nextInt(Math.max(1, actors / 100));
        }
        return random.nextInt(actors);
    }
}
