package io.actorgraph.spark;

import io.actorgraph.extract.Extractor;
import io.actorgraph.extract.Extractors;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * The extractors of one executor JVM. CoreNLP's pipeline cannot be serialised to executors, so
 * each JVM builds its own on first use. With {@link Mode#PER_TASK} (the default) a running task
 * borrows a pipeline for the whole of its partition and gives it back at the end: never two
 * tasks on one pipeline, and never more pipelines than tasks run at once (an executor's cores),
 * however often Spark replaces its task threads. The first one is the JVM's shared set of models
 * ({@link Extractors#create()}), the others are built for themselves ({@link
 * Extractors#createPrivate()}: a pipeline and a dependency parser of their own; CoreNLP's own
 * annotator pool still gives them the JVM's one tagger and NER, as CoreNLP shares them between its
 * own threads). {@link Mode#SHARED} gives every task the one shared extractor, as {@code
 * actorgraph ingest} gives its threads.
 */
public final class ExtractorPool {

    /** How tasks get their extractor. */
    public enum Mode {
        PER_TASK, SHARED
    }

    private static final ConcurrentLinkedDeque<Extractor> IDLE = new ConcurrentLinkedDeque<>();
    private static volatile boolean sharedHandedOut;

    private ExtractorPool() {
    }

    /** An extractor for the calling task, to {@link #release} when its partition is done. */
    public static Extractor borrow(Mode mode) {
        if (mode == Mode.SHARED) {
            return Extractors.create();
        }
        Extractor idle = IDLE.pollFirst();
        if (idle != null) {
            return idle;
        }
        synchronized (ExtractorPool.class) {
            if (!sharedHandedOut) {
                sharedHandedOut = true;
                return Extractors.create();
            }
        }
        return Extractors.createPrivate();
    }

    public static void release(Mode mode, Extractor extractor) {
        if (mode == Mode.PER_TASK) {
            IDLE.addFirst(extractor);
        }
    }

    /** Pipelines this JVM holds that are not in use (for tests). */
    static int idle() {
        return IDLE.size();
    }
}
