package io.actorgraph.web;

import io.actorgraph.ingest.ArticleIngest;
import io.actorgraph.query.QueryFiles;
import io.actorgraph.store.GraphStore;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/** Articles: the list, one article with what it states, and (when enabled) ingesting a new one. */
@RestController
@RequestMapping("/api")
@Tag(name = "Articles", description = "The articles in the graph; POST one to ingest it (off unless enabled)")
class ArticleController {

    private final Catalog catalog;
    private final GraphStore store;
    private final ArticleIngest ingest;
    private final ServeSettings settings;
    private final Hubs hubs;

    ArticleController(Catalog catalog, GraphStore store, ArticleIngest ingest, ServeSettings settings, Hubs hubs) {
        this.catalog = catalog;
        this.store = store;
        this.ingest = ingest;
        this.settings = settings;
        this.hubs = hubs;
    }

    /** A page of articles, newest first. */
    record ArticlePage(List<ArticleNode> articles, int page, int size, long total) {
    }

    /** One fact an article states, in text order. */
    record ArticleFact(Long offset, String subject, String relation, String object, String polarity,
            String attribution, List<String> hedges, String date, String sentence) {
    }

    /** An article with the actors it names and every fact it states. */
    record ArticleDetail(ArticleNode article, List<ActorNode> actors, List<ArticleFact> facts) {
    }

    @GetMapping("/articles")
    @Operation(summary = "The articles in the graph, newest first")
    ArticlePage articles(@RequestParam(defaultValue = "0") int page,
            @Parameter(description = "1-500") @RequestParam(defaultValue = "50") int size) {
        Inputs.range("page", page, 0, Integer.MAX_VALUE);
        Inputs.range("size", size, 1, 500);
        Page<ArticleNode> result = catalog.articles(page, size);
        return new ArticlePage(result.getContent(), page, size, result.getTotalElements());
    }

    @GetMapping("/articles/{id}")
    @Operation(summary = "One article with the actors it names and every fact it states (negated ones too, marked)")
    ArticleDetail article(@PathVariable String id) {
        Inputs.articleId(id);
        ArticleNode article = catalog.article(id).orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND,
                "Unknown article", "no article has the id \"" + id + "\"; GET /api/articles lists them"));
        List<ArticleFact> facts = store.read(QueryFiles.get("article-facts"), Map.of("article", id)).stream()
                .map(ArticleController::fact).toList();
        return new ArticleDetail(article, catalog.actorsMentionedIn(id), facts);
    }

    private static ArticleFact fact(Map<String, Object> r) {
        return new ArticleFact(r.get("offset") instanceof Number n ? n.longValue() : null, text(r.get("subject")),
                text(r.get("relation")), text(r.get("object")), text(r.get("polarity")), text(r.get("attribution")),
                hedges(r.get("hedges")), text(r.get("date")), text(r.get("sentence")));
    }

    /** The graph keeps per-evidence lists aligned, with "" for a missing value. */
    private static String text(Object value) {
        return value == null || value.toString().isEmpty() ? null : value.toString();
    }

    /** Hedges as the loader keeps them: one string, "; " between hedges (or a list). */
    private static List<String> hedges(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        String s = text(value);
        return s == null ? null : List.of(s.split("; "));
    }

    @PostMapping(value = "/articles", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Ingest an article (off unless serve --enable-ingest-api)",
            description = "The body is an article as `actorgraph ingest` reads it: {\"id\", \"title\", \"date\","
                    + " \"source\", \"url\", \"text\"}, only text required. Posting an id again replaces that"
                    + " article's facts. 403 when ingest is off, 413 over --max-body, 400 for a body that is no"
                    + " article, 422 when extraction fails.")
    ResponseEntity<ArticleIngest.IngestOutcome> post(@RequestBody String body) {
        if (!settings.ingestEnabled()) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "Ingest is off",
                    "this server does not ingest articles; start it with serve --enable-ingest-api");
        }
        ArticleIngest.IngestOutcome outcome = ingest.ingest(body);
        return switch (outcome.status()) {
            case LOADED -> {
                hubs.invalidate();
                yield ResponseEntity.created(URI.create("/api/articles/"
                        + UriUtils.encodePathSegment(outcome.article(), java.nio.charset.StandardCharsets.UTF_8)))
                        .body(outcome);
            }
            case BAD_INPUT -> throw ApiProblem.badRequest(outcome.problem());
            case FAILED -> throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "Not ingested", outcome.problem())
                    .with("article", outcome.article());
            case UNAVAILABLE -> throw new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "Extraction unavailable",
                    outcome.problem());
        };
    }
}
