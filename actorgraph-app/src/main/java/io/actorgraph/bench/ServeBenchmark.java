package io.actorgraph.bench;

import io.actorgraph.model.Relation;
import io.actorgraph.query.QuestionForm;
import io.actorgraph.store.GraphStore;
import io.actorgraph.store.StoreSpec;
import io.actorgraph.web.GraphServer;
import io.actorgraph.web.ServeSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code actorgraph bench serve}: starts {@code serve} on a store (or uses a running one with
 * --url), then N concurrent clients over loopback ask question requests of every form about
 * random actors for a fixed time, and reports requests/s with p50/p95/p99; then times the
 * neighbourhood of the most connected actor. Only loopback addresses are ever sent to.
 */
public final class ServeBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * What to measure: a running server at {@code url} (null: start one on the store), how many
     * clients for how long after how much warm-up, about how many actors, how many timed hub
     * requests, the API token of a running server, and the random seed.
     */
    public record Settings(String url, int clients, int duration, int warmup, int actors, int hubRuns, String token,
            long seed) {
    }

    /** How a run ended. */
    public enum Outcome {
        /** Measured, every request answered. */
        OK,
        /** Measured, but some requests failed. */
        ERRORS,
        /** The graph has no actor to ask about. */
        EMPTY_GRAPH,
        /** --url names another machine. */
        NOT_LOOPBACK
    }

    private final String url;
    private final int clients;
    private final int duration;
    private final int warmup;
    private final int actors;
    private final int hubRuns;
    private final String token;
    private final long seed;
    private HttpClient http;

    public ServeBenchmark(Settings settings) {
        this.url = settings.url();
        this.clients = settings.clients();
        this.duration = settings.duration();
        this.warmup = settings.warmup();
        this.actors = settings.actors();
        this.hubRuns = settings.hubRuns();
        this.token = settings.token();
        this.seed = settings.seed();
    }

    /** Runs the benchmark on the store {@code where} (unless the settings name a running server). */
    public Outcome run(StoreSpec where, PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
        // answers are handled on the client's selector thread: no hand-over to a pool per response,
        // which on a small machine would cost the server CPU the measurement is about
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .executor(Runnable::run).build();
        GraphServer server = null;
        String base = url;
        try {
            if (base == null) {
                long t0 = System.nanoTime();
                server = GraphServer.open(where,
                        ServeSettings.local(0, where.remote() ? null : freePort(), where.describe()), null);
                long opened = System.nanoTime();
                server.startWeb(null);
                long started = System.nanoTime();
                base = "http://127.0.0.1:" + server.web().port();
                out.printf(Locale.ROOT, "start-up: store %.1f s + web %.1f s = %.1f s%n", (opened - t0) / 1e9,
                        (started - opened) / 1e9, (started - t0) / 1e9);
                out.println(graphSize(server.graph()));
            } else if (!isLoopbackUrl(base)) {
                err.println("actorgraph bench serve: --url must be on this machine (127.0.0.1 or localhost)");
                return Outcome.NOT_LOOPBACK;
            }
            out.flush();
            List<String> names = server != null ? sampleActors(server.graph(), actors) : sampleActors(base, actors);
            if (names.isEmpty()) {
                err.println("actorgraph bench serve: the graph has no actors; load one first (actorgraph bench load --db DIR)");
                return Outcome.EMPTY_GRAPH;
            }
            List<String> paths = questionPaths(names);
            err.printf("warming up for %d s with %d clients...%n", warmup, clients);
            err.flush();
            run(base, paths, clients, warmup, seed);
            Result questions = run(base, paths, clients, duration, seed + 1);
            out.printf(Locale.ROOT, "questions: %d clients, %d s, %d actors: %.0f requests/s, p50 %.2f ms, p95 %.2f ms,"
                    + " p99 %.2f ms, max %.1f ms, %d errors%n", clients, duration, names.size(), questions.rate(),
                    questions.percentile(50), questions.percentile(95), questions.percentile(99),
                    questions.percentile(100), questions.errors());
            out.flush();
            hub(base, server == null ? null : server.graph(), out);
            out.flush();
            return questions.errors() == 0 ? Outcome.OK : Outcome.ERRORS;
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    private static boolean isLoopbackUrl(String u) {
        String host = URI.create(u).getHost();
        return host != null && ServeSettings.isLoopback(host);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String graphSize(GraphStore graph) {
        long actors = ((Number) graph.read("MATCH (a:Actor) RETURN count(a) AS n", Map.of()).get(0).get("n")).longValue();
        long facts = 0;
        // per type, so that the counts store answers without a scan
        for (Relation r : Relation.values()) {
            facts += ((Number) graph.read("MATCH ()-[r:" + r.name() + "]->() RETURN count(r) AS n", Map.of()).get(0)
                    .get("n")).longValue();
        }
        return String.format(Locale.ROOT, "graph: %,d actors, %,d facts", actors, facts);
    }

    private static List<String> sampleActors(GraphStore graph, int n) {
        return graph.read("MATCH (a:Actor) WITH a.name AS name, rand() AS r ORDER BY r LIMIT $n RETURN name",
                Map.of("n", (long) n)).stream().map(r -> (String) r.get("name")).toList();
    }

    /** Without the store at hand: the actors that search finds for each letter. */
    private List<String> sampleActors(String base, int n) throws IOException, InterruptedException {
        List<String> names = new ArrayList<>();
        for (char c = 'a'; c <= 'z' && names.size() < n; c++) {
            for (JsonNode actor : JSON.readTree(get(base + "/api/actors?limit=100&q=" + c).body())) {
                names.add(actor.path("name").asString());
            }
        }
        return names;
    }

    /** Every question form about every sampled actor, shuffled: the request mix. */
    private List<String> questionPaths(List<String> names) {
        List<String> paths = new ArrayList<>();
        QuestionForm[] forms = QuestionForm.values();
        for (int i = 0; i < names.size(); i++) {
            QuestionForm form = forms[i % forms.length];
            String question = form.template().replace("X", names.get(i));
            paths.add("/api/ask?q=" + URLEncoder.encode(question, StandardCharsets.UTF_8));
        }
        return paths;
    }

    private HttpRequest request(String target) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target)).timeout(Duration.ofSeconds(60)).GET();
        if (token != null && !token.isBlank()) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }

    private HttpResponse<String> get(String target) throws IOException, InterruptedException {
        return http.send(request(target), HttpResponse.BodyHandlers.ofString());
    }

    /** The latencies of one run and how long it took. */
    record Result(long[] nanos, long errors, double seconds) {
        double rate() {
            return nanos.length / seconds;
        }

        double percentile(double p) {
            if (nanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * nanos.length) - 1;
            return nanos[Math.max(0, Math.min(nanos.length - 1, index))] / 1e6;
        }
    }

    /** Clients in a closed loop: each sends its next request as soon as the last is answered, until time is up. */
    private Result run(String base, List<String> paths, int clients, int seconds, long seed) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        List<long[]> perClient = new ArrayList<>();
        int[] counts = new int[clients];
        CountDownLatch done = new CountDownLatch(clients);
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            long[] latencies = new long[1 << 16];
            perClient.add(latencies);
            int client = c;
            Thread thread = new Thread(() -> {
                SplittableRandom random = new SplittableRandom(seed * 31 + client);
                long[] mine = latencies;
                int n = 0;
                try {
                    while (System.nanoTime() < end) {
                        String path = paths.get(random.nextInt(paths.size()));
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<Void> response = http.send(request(base + path), HttpResponse.BodyHandlers.discarding());
                            if (response.statusCode() != 200) {
                                errors.incrementAndGet();
                            }
                        } catch (IOException e) {
                            errors.incrementAndGet();
                        }
                        if (n == mine.length) {
                            mine = Arrays.copyOf(mine, mine.length * 2);
                        }
                        mine[n++] = System.nanoTime() - t0;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    synchronized (perClient) {
                        perClient.set(client, mine);
                        counts[client] = n;
                    }
                    done.countDown();
                }
            }, "bench-client-" + c);
            thread.setDaemon(true);
            thread.start();
        }
        done.await();
        double elapsed = (System.nanoTime() - started) / 1e9;
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        synchronized (perClient) {
            for (int c = 0; c < clients; c++) {
                System.arraycopy(perClient.get(c), 0, all, at, counts[c]);
                at += counts[c];
            }
        }
        Arrays.sort(all);
        return new Result(all, errors.get(), elapsed);
    }

    /** The most connected actor's neighbourhood at depth 2, timed one request at a time. */
    private void hub(String base, GraphStore graph, PrintWriter out) throws IOException, InterruptedException {
        String hub;
        if (graph != null) {
            // the actor with most facts, by degree: cheap even on a large graph
            hub = (String) graph.read("MATCH (a:Actor) WITH a, COUNT { (a)-[r]-(:Actor) } AS degree"
                    + " ORDER BY degree DESC LIMIT 1 RETURN a.key AS key", Map.of()).get(0).get("key");
        } else {
            JsonNode hubs = JSON.readTree(get(base + "/api/hubs?limit=1").body());
            hub = hubs.get(0).path("name").asString();
        }
        String path = base + "/api/actors/" + URLEncoder.encode(hub, StandardCharsets.UTF_8).replace("+", "%20")
                + "/neighbourhood?depth=2";
        long[] nanos = new long[hubRuns];
        int nodes = 0;
        int edges = 0;
        for (int i = -3; i < hubRuns; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> response = get(path);
            long t = System.nanoTime() - t0;
            if (response.statusCode() != 200) {
                out.println("neighbourhood of " + hub + ": HTTP " + response.statusCode() + " " + response.body());
                return;
            }
            if (i >= 0) {
                nanos[i] = t;
            } else {
                JsonNode graphJson = JSON.readTree(response.body());
                nodes = graphJson.path("nodes").size();
                edges = graphJson.path("edges").size();
            }
        }
        Arrays.sort(nanos);
        Result r = new Result(nanos, 0, 1);
        out.printf(Locale.ROOT, "neighbourhood of hub %s, depth 2 (%d actors, %d facts drawn): p50 %.1f ms, max %.1f ms"
                + " over %d requests%n", hub, nodes, edges, r.percentile(50), r.percentile(100), hubRuns);
    }
}
