package io.actorgraph.extract.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Runs stages in order, after checking once that each finds the layers it requires. */
public final class StagePipeline {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StagePipeline.class);

    private final List<Stage> stages;
    private final Map<String, Long> nanos = new LinkedHashMap<>();

    public StagePipeline(List<Stage> stages) {
        Set<Layer> available = EnumSet.of(Layer.TEXT);
        for (Stage stage : stages) {
            Set<Layer> missing = EnumSet.noneOf(Layer.class);
            missing.addAll(stage.requires());
            missing.removeAll(available);
            if (!missing.isEmpty()) {
                throw new IllegalStateException("extraction stage \"" + stage.name() + "\" needs " + missing
                        + ", which no earlier stage provides; put a stage that provides it first");
            }
            available.addAll(stage.provides());
        }
        this.stages = List.copyOf(stages);
        stages.forEach(s -> nanos.put(s.name(), 0L));
    }

    public void run(Doc doc) {
        for (Stage stage : stages) {
            long started = System.nanoTime();
            if (stage.provides().contains(Layer.TOKENS)) {
                stage.process(doc); // without tokens there is nothing to extract: the article fails
            } else {
                try {
                    stage.process(doc);
                } catch (RuntimeException e) {
                    // a rule that breaks on an unusual article costs that article's later facts, not the whole ingest
                    LOG.warn("extraction stage {} failed on article {}: {}", stage.name(), doc.article().id(), e.toString());
                    LOG.debug("stack", e);
                }
            }
            doc.add(stage.provides());
            long spent = System.nanoTime() - started;
            synchronized (nanos) {
                nanos.merge(stage.name(), spent, Long::sum);
            }
        }
    }

    /** Time spent in each stage so far, over all documents and threads, in milliseconds. */
    public Map<String, Long> millisByStage() {
        Map<String, Long> out = new LinkedHashMap<>();
        synchronized (nanos) {
            nanos.forEach((k, v) -> out.put(k, v / 1_000_000));
        }
        return out;
    }

    public List<String> names() {
        List<String> names = new ArrayList<>();
        stages.forEach(s -> names.add(s.name()));
        return names;
    }
}
