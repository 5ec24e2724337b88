package io.actorgraph.web;

import io.actorgraph.query.ActorProfile;
import io.actorgraph.query.ActorRef;
import io.actorgraph.query.FactView;
import io.actorgraph.query.QuestionService;
import io.actorgraph.query.Subgraph;
import io.actorgraph.query.TimelineEntry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Actors: search, one actor with its facts and articles, its neighbourhood and its timeline. */
@RestController
@RequestMapping("/api")
@Tag(name = "Actors", description = "Search actors and look at one: facts with evidence, neighbourhood, timeline")
class ActorController {

    private final QuestionService questions;
    private final Catalog catalog;
    private final Hubs hubs;

    ActorController(QuestionService questions, Catalog catalog, Hubs hubs) {
        this.questions = questions;
        this.catalog = catalog;
        this.hubs = hubs;
    }

    /** An actor's neighbourhood: the actor it is about, and the actors and facts around it. */
    record Neighbourhood(ActorRef actor, List<ActorRef> nodes, List<Subgraph.Edge> edges) {
    }

    /** One actor with every fact it takes part in (negated ones marked) and the articles that mention it. */
    record ActorDetail(ActorRef actor, List<FactView> facts, List<ArticleNode> articles) {
    }

    @GetMapping("/actors")
    @Operation(summary = "Search actors by name or alias",
            description = "Prefix match on every name and alias an article used; case, diacritics, dots and hyphens"
                    + " do not matter (\"turk\" finds Türkiye). Most connected first.")
    List<ActorRef> search(@Parameter(description = "the start of a name or alias", example = "soc")
            @RequestParam("q") String prefix,
            @Parameter(description = "at most this many (1-100)") @RequestParam(defaultValue = "10") int limit) {
        Inputs.range("limit", limit, 1, 100);
        return questions.search(Inputs.name("q", prefix), limit);
    }

    @GetMapping("/actors/{name}")
    @Operation(summary = "One actor with its relations and their evidence",
            description = "The actor a name, alias or key stands for; 404 when no article names it.")
    ActorDetail actor(@Parameter(description = "name, alias or key", example = "Fjordgas") @PathVariable String name) {
        String n = Inputs.name("name", name);
        ActorProfile profile = questions.profile(n).orElseThrow(() -> ApiProblem.unknownActor(n));
        return new ActorDetail(profile.actor(), profile.facts(), catalog.articlesMentioning(profile.actor().key()));
    }

    @GetMapping("/actors/{name}/neighbourhood")
    @Operation(summary = "An actor's neighbourhood as a subgraph to draw",
            description = "Actors up to `depth` steps away and the facts between them; negated facts only with"
                    + " negated=true. Evidence of an edge: GET /api/evidence?fact={edge.key}.")
    Neighbourhood neighbourhood(@Parameter(example = "Fjordgas") @PathVariable String name,
            @Parameter(description = "1 to 3") @RequestParam(defaultValue = "1") int depth,
            @Parameter(description = "include facts the articles deny") @RequestParam(defaultValue = "false") boolean negated,
            @Parameter(description = "at most this many actors (1-2000)") @RequestParam(defaultValue = "300") int limit) {
        String n = Inputs.name("name", name);
        Inputs.range("depth", depth, 1, 3);
        Inputs.range("limit", limit, 1, 2000);
        ActorRef actor = questions.findActor(n).orElseThrow(() -> ApiProblem.unknownActor(n));
        Subgraph graph = questions.neighbourhood(actor.key(), depth, negated, limit)
                .orElseThrow(() -> ApiProblem.unknownActor(n));
        return new Neighbourhood(actor, graph.nodes(), graph.edges());
    }

    @GetMapping(value = "/actors/{name}/neighbourhood.graphml", produces = GraphMl.MEDIA_TYPE)
    @Operation(summary = "The neighbourhood as GraphML (Gephi, yEd)")
    ResponseEntity<String> neighbourhoodGraphMl(@PathVariable String name,
            @RequestParam(defaultValue = "1") int depth, @RequestParam(defaultValue = "false") boolean negated,
            @RequestParam(defaultValue = "300") int limit) {
        Neighbourhood graph = neighbourhood(name, depth, negated, limit);
        return GraphController.graphMlResponse(GraphMl.write(new Subgraph(graph.nodes(), graph.edges())),
                "actorgraph-" + graph.actor().name());
    }

    @GetMapping("/actors/{name}/timeline")
    @Operation(summary = "An actor's dated statements, oldest first (asserted facts only)")
    List<TimelineEntry> timeline(@Parameter(example = "Fjordgas") @PathVariable String name) {
        String n = Inputs.name("name", name);
        ActorRef actor = questions.findActor(n).orElseThrow(() -> ApiProblem.unknownActor(n));
        return questions.timeline(actor.key());
    }

    @GetMapping("/hubs")
    @Operation(summary = "The most connected actors (where the graph view starts)")
    List<Hubs.Hub> hubs(@Parameter(description = "at most this many (1-100)") @RequestParam(defaultValue = "10") int limit) {
        return hubs.top(Inputs.range("limit", limit, 1, 100));
    }
}
