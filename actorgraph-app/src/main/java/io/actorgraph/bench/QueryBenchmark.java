package io.actorgraph.bench;

import io.actorgraph.query.Answer;
import io.actorgraph.query.GraphQuestionService;
import io.actorgraph.query.QuestionService;
import io.actorgraph.store.GraphStore;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/** Warm latency of "who signed with X" for random actors, through the Java API. */
public final class QueryBenchmark {

    private QueryBenchmark() {
    }

    public record Result(int queries, long answers, double p50, double p95, double p99, double max, double perSecond) {
    }

    public static Result run(GraphStore store, int actors, int warmup, int queries, PrintWriter out) {
        QuestionService service = new GraphQuestionService(store);
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < warmup; i++) {
            service.ask("who signed with " + SyntheticCorpus.name(random.nextInt(actors)));
        }
        long[] nanos = new long[queries];
        long answers = 0;
        long started = System.nanoTime();
        for (int i = 0; i < queries; i++) {
            String question = "who signed with " + SyntheticCorpus.name(random.nextInt(actors));
            long t0 = System.nanoTime();
            Answer answer = service.ask(question);
            nanos[i] = System.nanoTime() - t0;
            answers += answer.answers() == null ? 0 : answer.answers().size();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Arrays.sort(nanos);
        Result r = new Result(queries, answers, ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99),
                nanos[nanos.length - 1] / 1e6, queries / seconds);
        out.printf(Locale.ROOT, "bench query: %,d questions \"who signed with X\" (random X) after %,d warm-up:"
                + " p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.1f ms; %.0f questions/s on one thread; %.1f answers/question%n",
                queries, warmup, r.p50(), r.p95(), r.p99(), r.max(), r.perSecond(), (double) answers / queries);
        return r;
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
