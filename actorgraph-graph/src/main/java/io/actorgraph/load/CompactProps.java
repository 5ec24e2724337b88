package io.actorgraph.load;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The properties of one relationship of a bulk import, as two parallel arrays. A million fact
 * edges each held a hash map of some twenty entries: four times the memory, which the
 * collector copied and the importer then walked entry by entry. Lookups scan the keys, which
 * is as fast as hashing for this few. Insertion order is kept. Not thread-safe.
 */
final class CompactProps extends AbstractMap<String, Object> {

    private String[] keys;
    private Object[] values;
    private int size;

    CompactProps(Map<String, Object> props) {
        keys = new String[props.size()];
        values = new Object[props.size()];
        props.forEach((k, v) -> {
            keys[size] = k;
            values[size++] = v;
        });
    }

    private int indexOf(Object key) {
        for (int i = 0; i < size; i++) {
            if (keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public Object get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    @Override
    public Object put(String key, Object value) {
        int i = indexOf(key);
        if (i >= 0) {
            Object old = values[i];
            values[i] = value;
            return old;
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size + 4);
            values = Arrays.copyOf(values, size + 4);
        }
        keys[size] = key;
        values[size++] = value;
        return null;
    }

    @Override
    public Object remove(Object key) {
        int i = indexOf(key);
        if (i < 0) {
            return null;
        }
        Object old = values[i];
        System.arraycopy(keys, i + 1, keys, i, size - i - 1);
        System.arraycopy(values, i + 1, values, i, size - i - 1);
        size--;
        keys[size] = null;
        values[size] = null;
        return old;
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super Object> action) {
        for (int i = 0; i < size; i++) {
            action.accept(keys[i], values[i]);
        }
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(keys[i], values[i]);
                    }
                };
            }
        };
    }
}
