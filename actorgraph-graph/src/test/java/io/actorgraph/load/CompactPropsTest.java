package io.actorgraph.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bulk import's edge properties behave as the map they replace, and lists become the arrays Neo4j stores. */
class CompactPropsTest {

    private static Map<String, Object> sample() {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("key", "3f2a");
        props.put("polarity", "asserted");
        props.put("confidence", 0.8);
        return props;
    }

    @Test
    void answersAsTheMapItWasMadeFromAndKeepsItsOrder() {
        CompactProps props = new CompactProps(sample());
        assertThat(props).isEqualTo(sample()).hasSize(3);
        assertThat(props.get("polarity")).isEqualTo("asserted");
        assertThat(props.get("missing")).isNull();
        List<String> keys = new ArrayList<>();
        props.forEach((k, v) -> keys.add(k));
        assertThat(keys).containsExactly("key", "polarity", "confidence");
    }

    @Test
    void setsAddsAndRemovesAsAHashMapWould() {
        CompactProps props = new CompactProps(sample());
        Map<String, Object> expected = sample();
        for (Map<String, Object> map : List.of(props, expected)) {
            assertThat(map.put("confidence", 0.9)).isEqualTo(0.8);
            for (int i = 0; i < 10; i++) {
                map.put("extra" + i, (long) i); // past the arrays' first size
            }
            assertThat(map.remove("polarity")).isEqualTo("asserted");
            assertThat(map.remove("polarity")).isNull();
            map.remove("extra9");
        }
        assertThat(props).isEqualTo(expected).hasSize(expected.size());
        assertThat(new ArrayList<>(props.keySet())).containsExactlyElementsOf(expected.keySet());
        assertThat(props.containsKey("extra8")).isTrue();
        assertThat(props.containsKey("extra9")).isFalse();
    }

    @Test
    void listsBecomeTypedArraysAndOtherValuesStayAsTheyAre() {
        assertThat((String[]) BulkLoader.storable(List.of("a", "b"))).containsExactly("a", "b");
        assertThat((long[]) BulkLoader.storable(List.of(1L, 2))).containsExactly(1L, 2L);
        assertThat((double[]) BulkLoader.storable(List.of(0.5, 1.0))).containsExactly(0.5, 1.0);
        assertThat((boolean[]) BulkLoader.storable(List.of(true, false))).containsExactly(true, false);
        assertThat((String[]) BulkLoader.storable(List.of())).isEmpty();
        assertThat(BulkLoader.storable("text")).isEqualTo("text");
        assertThatThrownBy(() -> BulkLoader.storable(List.of(Map.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be stored");
    }
}
