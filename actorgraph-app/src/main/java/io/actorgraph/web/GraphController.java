package io.actorgraph.web;

import io.actorgraph.query.ActorRef;
import io.actorgraph.query.Connection;
import io.actorgraph.query.EvidenceRef;
import io.actorgraph.query.QuestionService;
import io.actorgraph.query.Subgraph;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Between actors: the connection of two, the evidence of one fact, and GraphML of a drawn subgraph. */
@RestController
@RequestMapping("/api")
@Tag(name = "Graph", description = "Connections, evidence of a fact, GraphML export")
class GraphController {

    private final QuestionService questions;

    GraphController(QuestionService questions) {
        this.questions = questions;
    }

    @GetMapping("/connection")
    @Operation(summary = "The shortest chain of asserted facts between two actors (at most six steps)",
            description = "404 when either actor is unknown (the problem names which) or when no chain joins them.")
    Connection connection(@Parameter(example = "Czechia") @RequestParam String from,
            @Parameter(example = "Fjordgas") @RequestParam String to) {
        String a = Inputs.name("from", from);
        String b = Inputs.name("to", to);
        ActorRef x = questions.findActor(a).orElseThrow(() -> ApiProblem.unknownActor(a));
        ActorRef y = questions.findActor(b).orElseThrow(() -> ApiProblem.unknownActor(b));
        return questions.connection(x.key(), y.key()).orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND,
                "Not connected", x.name() + " and " + y.name() + " are not joined by asserted facts within six steps"));
    }

    @GetMapping("/evidence")
    @Operation(summary = "Every evidence sentence of one fact",
            description = "With article, date, who the article attributes it to, hedges and confidence;"
                    + " the fact key is the `key` of a neighbourhood edge.")
    List<EvidenceRef> evidence(@Parameter(description = "a fact key as neighbourhood edges carry it, e.g. SIGNED:3f2a9c0b1d2e4f5a")
            @RequestParam String fact) {
        if (fact.isBlank() || fact.length() > 2000) {
            throw ApiProblem.badRequest("parameter \"fact\" must be a fact key (the key of a neighbourhood edge)");
        }
        List<EvidenceRef> evidence = questions.evidence(fact);
        if (evidence.isEmpty()) {
            throw new ApiProblem(HttpStatus.NOT_FOUND, "Unknown fact", "no fact has the key \"" + fact + "\"");
        }
        return evidence;
    }

    @PostMapping(value = "/graphml", consumes = MediaType.APPLICATION_JSON_VALUE, produces = GraphMl.MEDIA_TYPE)
    @Operation(summary = "GraphML of a subgraph (what the graph view shows)",
            description = "Send a subgraph as the neighbourhood endpoint returns it (nodes and edges); the answer"
                    + " opens in Gephi and yEd. Nothing is read from or written to the graph.")
    ResponseEntity<String> graphml(@RequestBody Subgraph graph) {
        if (graph == null || graph.nodes() == null) {
            throw ApiProblem.badRequest("the body must be a subgraph: {\"nodes\": [...], \"edges\": [...]}");
        }
        Subgraph clean = new Subgraph(graph.nodes(), graph.edges() == null ? List.of() : graph.edges());
        return graphMlResponse(GraphMl.write(clean), "actorgraph-view");
    }

    static ResponseEntity<String> graphMlResponse(String xml, String name) {
        String file = name.replaceAll("[^A-Za-z0-9._-]+", "-") + ".graphml";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(GraphMl.MEDIA_TYPE + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
                .body(xml);
    }
}
