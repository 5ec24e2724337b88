package io.actorgraph.extract;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.actorgraph.extract.pipeline.Doc;
import io.actorgraph.extract.pipeline.Layer;
import io.actorgraph.extract.pipeline.Stage;
import io.actorgraph.extract.pipeline.StagePipeline;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Stages say what they need; a pipeline that does not provide it is refused at start-up (no models needed). */
class StagePipelineTest {

    private record Fake(String name, Set<Layer> requires, Set<Layer> provides) implements Stage {
        @Override
        public void process(Doc doc) {
        }
    }

    @Test
    void aStageWhoseNeedsNoEarlierStageMeetsIsRefusedWithItsName() {
        Stage tagger = new Fake("tagger", Set.of(Layer.TEXT), Set.of(Layer.TOKENS));
        Stage relations = new Fake("relations", Set.of(Layer.ENTITIES), Set.of(Layer.FRAMES));
        assertThatThrownBy(() -> new StagePipeline(List.of(tagger, relations)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("relations")
                .hasMessageContaining("ENTITIES");
    }
}
