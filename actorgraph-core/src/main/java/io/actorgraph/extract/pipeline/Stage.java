package io.actorgraph.extract.pipeline;

import java.util.Set;

/**
 * One step of extraction. Like a CoreNLP annotator, a stage says which layers it needs and
 * which it adds; {@link StagePipeline} refuses at start-up an order in which a need is not met.
 * Stages keep no per-document state: one instance serves every thread.
 */
public interface Stage {

    String name();

    Set<Layer> requires();

    Set<Layer> provides();

    void process(Doc doc);
}
