package io.actorgraph.query;

import java.util.List;
import java.util.Optional;

/**
 * The questions users ask of the graph. One interface for the command line, the REST API and
 * Java callers; every answer carries the sentences that prove it, and negated facts ("did not
 * attend") are never answers.
 *
 * <p>Actors are named as any article writes them: canonical name or alias, case, diacritics,
 * dots and hyphens do not matter ("Türkiye" = "turkey", "U.S." = "United States").
 */
public interface QuestionService {

    /**
     * Answers a question in one of the contract's forms ("who signed with Fjordgas"). A question in
     * none of the forms gets an answer whose {@code error} lists them; an actor no article names
     * gets {@code actor == null} and no answers.
     */
    Answer ask(String question);

    /** Answers a parsed question. */
    Answer ask(Question question);

    /**
     * The actor a name or alias stands for, the best candidate when several share it; an actor
     * key ("org:fjordgas", as answers and subgraphs carry it) stands for exactly that actor.
     */
    Optional<ActorRef> findActor(String name);

    /** Actors whose name or an alias starts with the prefix (case- and diacritics-insensitive). */
    List<ActorRef> search(String prefix, int limit);

    /** Everything known about one actor, or empty when no article names it. */
    Optional<ActorProfile> profile(String name);

    /** An actor's dated statements, oldest first. */
    List<TimelineEntry> timeline(String name);

    /** The shortest chain of asserted facts between two actors, if any within six steps. */
    Optional<Connection> connection(String from, String to);

    /** An actor's neighbourhood up to {@code depth} (1–3) steps, for drawing. */
    Optional<Subgraph> neighbourhood(String name, int depth, boolean includeNegated, int limit);

    /** The evidence of one fact, by the fact's key (as edges of a {@link Subgraph} carry it). */
    List<EvidenceRef> evidence(String factKey);
}
