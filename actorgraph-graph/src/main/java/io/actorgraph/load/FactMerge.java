package io.actorgraph.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a bulk import makes one fact edge of the rows several articles give for it, by the rules
 * {@link CypherLoaderGraph} applies in Cypher: the first article's row creates the edge, each
 * later one appends its evidence and moves the dates, confidence and office state on.
 */
final class FactMerge {

    private FactMerge() {
    }

    /** The edge the first article's row creates: no null properties, lists as the typed arrays Neo4j stores. */
    static Map<String, Object> create(Map<String, Object> props) {
        props.values().removeIf(Objects::isNull);
        props.replaceAll((k, v) -> BulkLoader.storable(v));
        return new CompactProps(props);
    }

    /** A later article's row for the same fact: its evidence appended to the edge's. */
    static void append(Map<String, Object> r, Map<String, Object> add) {
        for (String list : FactWriter.EVIDENCE_LISTS) {
            set(r, list, concat(r.get(list), add.get(list)));
        }
        set(r, "endedBy", r.get("endedBy") == null ? null : concat(r.get("endedBy"), add.get("endedBy")));
        if (compare(add.get("confidence"), r.get("confidence")) > 0) {
            set(r, "confidence", add.get("confidence"));
        }
        String firstDate = (String) r.get("firstDate");
        String newFirst = (String) add.get("firstDate");
        if (firstDate == null || newFirst != null && newFirst.compareTo(firstDate) < 0) {
            set(r, "firstDate", newFirst);
        }
        String lastDate = (String) r.get("lastDate");
        String newLast = (String) add.get("lastDate");
        if (newLast != null && newLast.compareTo(lastDate == null ? "" : lastDate) >= 0) {
            set(r, "ended", add.get("ended"));
            set(r, "until", add.get("until"));
        }
        if (r.get("since") == null) {
            set(r, "since", add.get("since"));
        }
        if (lastDate == null || newLast != null && newLast.compareTo(lastDate) > 0) {
            set(r, "lastDate", newLast);
        }
        set(r, "extractor", add.get("extractor"));
    }

    /** Cypher's SET: a null value removes the property. */
    static void set(Map<String, Object> props, String key, Object value) {
        if (value == null) {
            props.remove(key);
        } else {
            props.put(key, value);
        }
    }

    /** Cypher's list concatenation, of a stored array and a list: null when either side is null. */
    private static Object concat(Object left, Object right) {
        if (left == null || right == null) {
            return null;
        }
        List<?> added = (List<?>) right;
        List<Object> joined = new ArrayList<>(added.size() + 4);
        if (left instanceof Object[] objects) {
            joined.addAll(Arrays.asList(objects));
        } else if (left instanceof long[] longs) {
            for (long value : longs) {
                joined.add(value);
            }
        } else if (left instanceof double[] doubles) {
            for (double value : doubles) {
                joined.add(value);
            }
        } else if (left instanceof boolean[] booleans) {
            for (boolean value : booleans) {
                joined.add(value);
            }
        } else {
            joined.addAll((List<?>) left);
        }
        joined.addAll(added);
        return BulkLoader.storable(joined);
    }

    private static int compare(Object left, Object right) {
        if (left == null || right == null) {
            return Objects.equals(left, right) ? 0 : -1;
        }
        return Double.compare(((Number) left).doubleValue(), ((Number) right).doubleValue());
    }
}
