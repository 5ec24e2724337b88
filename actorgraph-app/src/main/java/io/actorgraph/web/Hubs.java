package io.actorgraph.web;

import io.actorgraph.query.QueryFiles;
import io.actorgraph.store.GraphStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * The most connected actors, where the graph view starts. Counting them scans the whole graph,
 * so the list is kept until the graph changes (an ingest) or a minute has passed.
 */
@Component
class Hubs {

    /** One hub: an actor and how many distinct counterparts and facts it has. */
    record Hub(String name, String type, long counterparts, long facts) {
    }

    private static final long TTL_NANOS = 60_000_000_000L;

    private final GraphStore store;
    private final AtomicLong generation = new AtomicLong();
    private volatile Cached cached;

    private record Cached(long generation, long at, int limit, List<Hub> hubs) {
    }

    Hubs(GraphStore store) {
        this.store = store;
    }

    List<Hub> top(int limit) {
        Cached c = cached;
        long now = System.nanoTime();
        if (c != null && c.generation() == generation.get() && now - c.at() < TTL_NANOS && c.limit() >= limit) {
            return c.hubs().subList(0, Math.min(limit, c.hubs().size()));
        }
        long gen = generation.get();
        int fetch = Math.max(limit, 25);
        List<Hub> hubs = store.read(QueryFiles.get("most-connected"), Map.of("limit", (long) fetch)).stream()
                .map(r -> new Hub((String) r.get("name"), (String) r.get("type"), num(r.get("counterparts")),
                        num(r.get("facts")))).toList();
        cached = new Cached(gen, now, fetch, hubs);
        return hubs.subList(0, Math.min(limit, hubs.size()));
    }

    /** The graph changed: count again next time. */
    void invalidate() {
        generation.incrementAndGet();
    }

    private static long num(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }
}
