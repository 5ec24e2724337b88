package io.actorgraph.extract.pipeline;

import io.actorgraph.extract.Article;
import io.actorgraph.extract.coref.Entity;
import io.actorgraph.extract.event.Frame;
import io.actorgraph.extract.mention.Mention;
import io.actorgraph.extract.nlp.Sentence;
import io.actorgraph.extract.office.OfficeClaim;
import io.actorgraph.extract.party.EventDraft;
import io.actorgraph.extract.party.FactDraft;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The working state of one article while it passes through the stages: what each stage found,
 * readable by the stages after it. One instance per article and thread; never shared.
 */
public final class Doc {

    private final Article article;
    private final LocalDate date;
    private final Set<Layer> layers = EnumSet.of(Layer.TEXT);

    private final List<Sentence> sentences = new ArrayList<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final Map<Mention, Entity> entityOf = new HashMap<>();
    private final Map<Mention, List<Entity>> groupOf = new HashMap<>();
    private final List<Entity> entities = new ArrayList<>();
    private final List<OfficeClaim> offices = new ArrayList<>();
    private final List<Frame> frames = new ArrayList<>();
    private final List<FactDraft> facts = new ArrayList<>();
    private final List<EventDraft> events = new ArrayList<>();

    public Doc(Article article) {
        this.article = article;
        LocalDate d = null;
        if (article.date() != null) {
            try {
                d = LocalDate.parse(article.date());
            } catch (DateTimeParseException e) {
                d = null;
            }
        }
        this.date = d;
    }

    private String dateline;

    /** The dateline's words before the date ("SUVA, Fiji"), or null when the article has none. */
    public String dateline() {
        return dateline;
    }

    public void dateline(String text) {
        this.dateline = text;
    }

    public Article article() {
        return article;
    }

    public String text() {
        return article.text();
    }

    /** The article's date, which anchors "on Saturday" and "last month"; null when unknown. */
    public LocalDate date() {
        return date;
    }

    public boolean has(Layer layer) {
        return layers.contains(layer);
    }

    void add(Set<Layer> added) {
        layers.addAll(added);
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public Sentence sentence(int index) {
        return sentences.get(index);
    }

    public List<Mention> mentions() {
        return mentions;
    }

    private List<Mention> ordered;
    private Map<Mention, Integer> positions;

    /** Mentions in text order (sentence, then start); ids stay indexes into {@link #mentions()}. */
    public List<Mention> ordered() {
        if (ordered == null || ordered.size() != mentions.size()) {
            ordered = new ArrayList<>(mentions);
            ordered.sort(java.util.Comparator.comparingInt(Mention::sentence).thenComparingInt(Mention::start)
                    .thenComparingInt(Mention::end));
            positions = new HashMap<>();
            for (int i = 0; i < ordered.size(); i++) {
                positions.put(ordered.get(i), i);
            }
        }
        return ordered;
    }

    /** A mention's index in {@link #ordered()}. */
    public int position(Mention m) {
        ordered();
        return positions.get(m);
    }

    /** The mentions of one sentence in text order. */
    public List<Mention> mentionsIn(int sentence) {
        List<Mention> result = new ArrayList<>();
        for (Mention m : ordered()) {
            if (m.sentence() == sentence) {
                result.add(m);
            }
        }
        return result;
    }

    public Entity entityOf(Mention mention) {
        return entityOf.get(mention);
    }

    public void link(Mention mention, Entity entity) {
        entityOf.put(mention, entity);
        if (!entity.mentions().contains(mention)) {
            entity.mentions().add(mention);
        }
    }

    /** Links a mention that refers to several actors at once ("the two countries"). */
    public void linkGroup(Mention mention, List<Entity> group) {
        groupOf.put(mention, List.copyOf(group));
        for (Entity e : group) {
            if (!e.mentions().contains(mention)) {
                e.mentions().add(mention);
            }
        }
    }

    /** The actors a mention refers to: one, several ("both governments"), or none when unresolved. */
    public List<Entity> referents(Mention mention) {
        List<Entity> group = groupOf.get(mention);
        if (group != null) {
            return group;
        }
        Entity e = entityOf.get(mention);
        return e == null ? List.of() : List.of(e);
    }

    /** The referents of the mention the parse represents by this token of a sentence (its head), if any. */
    public List<Entity> referentsAt(int sentence, int token) {
        for (Mention m : mentionsIn(sentence)) {
            if (m.head() == token) {
                return referents(m);
            }
        }
        return List.of();
    }

    public List<Entity> entities() {
        return entities;
    }

    public List<OfficeClaim> offices() {
        return offices;
    }

    public List<Frame> frames() {
        return frames;
    }

    /** The facts, person-level and party-level, with actors not yet given ids. */
    public List<FactDraft> facts() {
        return facts;
    }

    public List<EventDraft> events() {
        return events;
    }
}
