package io.actorgraph.load;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Merges the facts of a bulk import with memory that does not grow with the corpus: each
 * article's facts come in as rows (one per fact key, with that article's evidence), are held
 * until {@code chunkBytes} of them are, then sorted by fact key and article order and written
 * to a temporary file. {@link #merge} reads the sorted files side by side (a k-way merge) and
 * folds each key's rows in article order: the first creates the fact, each later one appends
 * its evidence, by the rules the transactional loader applies ({@link FactMerge}), so the
 * result does not depend on how the rows fell into chunks.
 */
final class FactSorter implements AutoCloseable {

    /** One article's row for one fact, its properties encoded. */
    record Row(String key, int relation, long article, int start, int end, byte[] props) {
    }

    /** What the merge gives for each fact. */
    interface Sink {
        void fact(int start, int end, String type, Map<String, Object> props);
    }

    private static final Comparator<Row> ORDER = Comparator.comparing(Row::key).thenComparingInt(Row::relation)
            .thenComparingLong(Row::article);
    /** What a held row costs beyond its encoded properties: the record, its key string, the list slot. */
    private static final int ROW_OVERHEAD = 120;
    private static final String[] TYPES = java.util.Arrays.stream(io.actorgraph.model.Relation.values())
            .map(Enum::name).toArray(String[]::new);

    private final Path folder;
    private final long chunkBytes;
    private final List<Row> held = new ArrayList<>();
    private final List<Path> chunks = new ArrayList<>();
    private final ByteArrayOutputStream encoded = new ByteArrayOutputStream(1024);
    private final DataOutputStream encodedOut = new DataOutputStream(encoded);
    private long heldBytes;
    private long rows;
    private long spilledBytes;

    FactSorter(Path folder, long chunkBytes) {
        this.folder = folder;
        this.chunkBytes = Math.max(1, chunkBytes);
    }

    /** One article's statement of a fact; articles come in the order they are loaded. */
    void add(String key, int relation, long article, int start, int end, Map<String, Object> props) {
        try {
            encoded.reset();
            SpillCodec.writeProps(encodedOut, props);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] bytes = encoded.toByteArray();
        held.add(new Row(key, relation, article, start, end, bytes));
        heldBytes += bytes.length + ROW_OVERHEAD;
        rows++;
        if (heldBytes >= chunkBytes) {
            spill();
        }
    }

    long rows() {
        return rows;
    }

    int chunks() {
        return chunks.size();
    }

    /** Bytes written to sorted chunk files so far. */
    long spilledBytes() {
        return spilledBytes;
    }

    private void spill() {
        held.sort(ORDER);
        Path chunk = folder.resolve("facts-" + chunks.size() + ".sorted");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(chunk), 1 << 20))) {
            for (Row row : held) {
                out.writeUTF(row.key());
                out.writeByte(row.relation());
                out.writeLong(row.article());
                out.writeInt(row.start());
                out.writeInt(row.end());
                out.writeInt(row.props().length);
                out.write(row.props());
            }
            spilledBytes += out.size();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + chunk + ": " + e.getMessage(), e);
        }
        chunks.add(chunk);
        held.clear();
        heldBytes = 0;
    }

    /**
     * Merges every row into one fact per key, in key order, and hands each to the sink; returns
     * how many facts there were. Rows still held in memory take part without being written out.
     */
    long merge(Sink sink) {
        held.sort(ORDER);
        List<Source> sources = new ArrayList<>();
        try {
            for (Path chunk : chunks) {
                sources.add(new FileSource(chunk));
            }
            if (!held.isEmpty()) {
                sources.add(new HeldSource(held));
            }
            PriorityQueue<Source> queue = new PriorityQueue<>(Math.max(1, sources.size()),
                    (a, b) -> ORDER.compare(a.current(), b.current()));
            for (Source source : sources) {
                if (source.advance()) {
                    queue.add(source);
                }
            }
            long facts = 0;
            Row first = null;
            Map<String, Object> merged = null;
            while (!queue.isEmpty()) {
                Source source = queue.poll();
                Row row = source.current();
                if (first != null && first.key().equals(row.key()) && first.relation() == row.relation()) {
                    FactMerge.append(merged, decode(row));
                } else {
                    if (first != null) {
                        sink.fact(first.start(), first.end(), TYPES[first.relation()], merged);
                        facts++;
                    }
                    first = row;
                    merged = FactMerge.create(decode(row));
                }
                if (source.advance()) {
                    queue.add(source);
                }
            }
            if (first != null) {
                sink.fact(first.start(), first.end(), TYPES[first.relation()], merged);
                facts++;
            }
            return facts;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bulk import's sorted facts: " + e.getMessage(), e);
        } finally {
            held.clear();
            for (Source source : sources) {
                source.close();
            }
        }
    }

    private static Map<String, Object> decode(Row row) throws IOException {
        return SpillCodec.readProps(new DataInputStream(new ByteArrayInputStream(row.props())));
    }

    /** Removes the chunk files. */
    @Override
    public void close() {
        for (Path chunk : chunks) {
            try {
                Files.deleteIfExists(chunk);
            } catch (IOException e) {
                // the staging folder that holds them is removed anyway
            }
        }
        held.clear();
    }

    private interface Source {
        Row current();

        boolean advance() throws IOException;

        void close();
    }

    private static final class HeldSource implements Source {
        private final List<Row> rows;
        private int next;
        private Row current;

        HeldSource(List<Row> rows) {
            this.rows = rows;
        }

        @Override
        public Row current() {
            return current;
        }

        @Override
        public boolean advance() {
            if (next >= rows.size()) {
                return false;
            }
            current = rows.get(next);
            rows.set(next++, null); // merged rows go as the merge goes
            return true;
        }

        @Override
        public void close() {
        }
    }

    private static final class FileSource implements Source {
        private final Path path;
        private final DataInputStream in;
        private Row current;

        FileSource(Path path) throws IOException {
            this.path = path;
            this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(path), 1 << 16));
        }

        @Override
        public Row current() {
            return current;
        }

        @Override
        public boolean advance() throws IOException {
            String key;
            try {
                key = in.readUTF();
            } catch (EOFException e) {
                close();
                return false;
            }
            int relation = in.readUnsignedByte();
            long article = in.readLong();
            int start = in.readInt();
            int end = in.readInt();
            byte[] props = new byte[in.readInt()];
            in.readFully(props);
            current = new Row(key, relation, article, start, end, props);
            return true;
        }

        @Override
        public void close() {
            try {
                in.close();
                Files.deleteIfExists(path); // read to the end: its space is given back during the merge
            } catch (IOException e) {
                // removed with the staging folder
            }
        }
    }
}
