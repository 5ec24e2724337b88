package io.actorgraph.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The external merge of a bulk import's facts: one edge per key, whatever the chunks and the order rows came in. */
class FactSorterTest {

    @TempDir
    Path dir;

    /** One article's row for a fact, as {@link FactWriter.FactRow#props()} gives it. */
    private static Map<String, Object> row(String key, String article, String date, double confidence) {
        Map<String, Object> props = new HashMap<>();
        props.put("key", key);
        props.put("polarity", "asserted");
        props.put("confidence", confidence);
        props.put("firstDate", date);
        props.put("lastDate", date);
        props.put("extractor", "test 1");
        props.put("articles", new ArrayList<>(List.of(article)));
        props.put("sentences", new ArrayList<>(List.of(article + " says " + key + ".")));
        props.put("sentenceStarts", new ArrayList<>(List.of(0L)));
        props.put("sentenceEnds", new ArrayList<>(List.of(10L)));
        props.put("dates", new ArrayList<>(List.of(date)));
        props.put("confidences", new ArrayList<>(List.of(confidence)));
        props.put("attributions", new ArrayList<>(List.of("")));
        props.put("hedges", new ArrayList<>(List.of("")));
        props.put("places", new ArrayList<>(List.of("")));
        return props;
    }

    private record Added(String key, long article, Map<String, Object> props) {
    }

    /** Three facts, each stated by several of six articles. */
    private static List<Added> rows() {
        List<Added> rows = new ArrayList<>();
        String[] keys = {"00aa", "00bb", "00cc"};
        for (int article = 0; article < 6; article++) {
            for (int k = 0; k < keys.length; k++) {
                if ((article + k) % 3 != 2) {
                    String date = "2025-0" + (1 + (article * 7 + k) % 9) + "-01";
                    rows.add(new Added(keys[k], article, row(keys[k], "art-" + article, date, 0.5 + article / 8.0)));
                }
            }
        }
        return rows;
    }

    /** Merges the rows, added in the given order, with chunks of {@code chunkBytes}; facts by key, arrays as lists. */
    private Map<String, Map<String, Object>> merge(List<Added> rows, long chunkBytes, String name) throws Exception {
        Path folder = Files.createDirectories(dir.resolve(name));
        Map<String, Map<String, Object>> facts = new TreeMap<>();
        try (FactSorter sorter = new FactSorter(folder, chunkBytes)) {
            for (Added added : rows) {
                Map<String, Object> copy = new HashMap<>();
                added.props().forEach((k, v) -> copy.put(k, v instanceof List<?> l ? new ArrayList<>(l) : v));
                sorter.add(added.key(), 0, added.article(), 1, 2, copy);
            }
            if (chunkBytes == 1) {
                assertThat(sorter.chunks()).as("every row spilled to a chunk of its own").isEqualTo(rows.size());
            }
            long count = sorter.merge((start, end, type, props) -> {
                assertThat(start).isEqualTo(1);
                assertThat(end).isEqualTo(2);
                assertThat(type).isEqualTo("MET_WITH");
                Map<String, Object> plain = new TreeMap<>();
                props.forEach((k, v) -> plain.put(k, plain(v)));
                assertThat(facts.put((String) props.get("key"), plain)).as("one edge per key").isNull();
            });
            assertThat(count).isEqualTo(facts.size());
        }
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).as("the sorted chunks are removed").isEmpty();
        }
        return facts;
    }

    private static Object plain(Object value) {
        if (value instanceof String[] a) {
            return Arrays.asList(a);
        }
        if (value instanceof long[] a) {
            return Arrays.stream(a).boxed().toList();
        }
        if (value instanceof double[] a) {
            return Arrays.stream(a).boxed().toList();
        }
        return value;
    }

    @Test
    void duplicatesInDifferentChunksBecomeOneFactWithTheEvidenceOfEach() throws Exception {
        Map<String, Map<String, Object>> facts = merge(rows(), 1, "spilled");
        assertThat(facts).hasSize(3);
        Map<String, Object> aa = facts.get("00aa");
        // 00aa is stated by articles 0, 1, 3, 4 (not 2, 5): their evidence in article order
        assertThat(aa.get("articles")).isEqualTo(List.of("art-0", "art-1", "art-3", "art-4"));
        assertThat(aa.get("sentences")).isEqualTo(List.of("art-0 says 00aa.", "art-1 says 00aa.", "art-3 says 00aa.",
                "art-4 says 00aa."));
        assertThat(aa.get("sentenceStarts")).isEqualTo(List.of(0L, 0L, 0L, 0L));
        assertThat(aa.get("confidences")).isEqualTo(List.of(0.5, 0.625, 0.875, 1.0));
        assertThat(aa.get("confidence")).isEqualTo(1.0);
        // every evidence list has one entry per article
        for (String list : FactWriter.EVIDENCE_LISTS) {
            assertThat((List<?>) aa.get(list)).as(list).hasSize(4);
        }
        assertThat(facts.values().stream().mapToInt(f -> ((List<?>) f.get("articles")).size()).sum())
                .isEqualTo(rows().size());
    }

    @Test
    void theResultDependsNeitherOnTheChunksNorOnTheOrderRowsCameIn() throws Exception {
        Map<String, Map<String, Object>> inMemory = merge(rows(), Long.MAX_VALUE, "memory");
        assertThat(merge(rows(), 1, "one-a-chunk")).isEqualTo(inMemory);
        assertThat(merge(rows(), 700, "small-chunks")).isEqualTo(inMemory);
        List<Added> shuffled = new ArrayList<>(rows());
        Collections.shuffle(shuffled, new Random(3));
        assertThat(merge(shuffled, 1, "shuffled-spilled")).isEqualTo(inMemory);
        assertThat(merge(shuffled, 900, "shuffled-chunks")).isEqualTo(inMemory);
    }

    @Test
    void theFirstArticleCreatesTheFactAndLaterOnesMoveItsDatesOn() throws Exception {
        Map<String, Map<String, Object>> facts = merge(rows(), 1, "dates");
        Map<String, Object> bb = facts.get("00bb"); // articles 0, 2, 3, 5
        List<?> dates = (List<?>) bb.get("dates");
        assertThat(bb.get("firstDate")).isEqualTo(dates.stream().map(String::valueOf).min(String::compareTo).get());
        assertThat(bb.get("lastDate")).isEqualTo(dates.stream().map(String::valueOf).max(String::compareTo).get());
        assertThat(bb.get("articles")).isEqualTo(List.of("art-0", "art-2", "art-3", "art-5"));
        assertThat(bb).doesNotContainKey("endedBy");
    }
}
