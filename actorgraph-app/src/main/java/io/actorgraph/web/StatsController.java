package io.actorgraph.web;

import io.actorgraph.query.StoreStats;
import io.actorgraph.store.GraphStore;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the graph holds: the JSON of {@code actorgraph stats --json}. */
@RestController
@RequestMapping("/api")
@Tag(name = "Stats", description = "What the graph holds")
class StatsController {

    private final GraphStore store;

    StatsController(GraphStore store) {
        this.store = store;
    }

    @GetMapping("/stats")
    @Operation(summary = "Actors per type, facts per relation and polarity, articles, events, the newest article",
            description = "The same JSON as `actorgraph stats --json`; facts are keyed by the relation's name.")
    StoreStats stats() {
        return StoreStats.read(store);
    }
}
