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
import java.util.List;
import java.util.Map;
import org.neo4j.batchimport.api.InputIterable;
import org.neo4j.batchimport.api.InputIterator;
import org.neo4j.batchimport.api.input.InputChunk;
import org.neo4j.batchimport.api.input.InputEntityVisitor;

/**
 * A temporary file of a bulk import holding nodes or relationships exactly as the importer is
 * to get them, one framed record each, so that the importer's threads can decode records in
 * parallel. Written as the graph is built (articles, events, mentions, merged facts), read by
 * the importer as often as it asks (it reads the relationships twice).
 */
final class SpillFile implements AutoCloseable {

    /** Records per chunk the importer takes at a time. */
    private static final int CHUNK = 2_000;

    private final Path path;
    private final boolean nodes;
    private final DataOutputStream out;
    private final ByteArrayOutputStream record = new ByteArrayOutputStream(4096);
    private final DataOutputStream recordOut = new DataOutputStream(record);
    private long count;
    private long properties;
    private long bytes;

    private SpillFile(Path path, boolean nodes) throws IOException {
        this.path = path;
        this.nodes = nodes;
        this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(path), 1 << 20));
    }

    static SpillFile nodes(Path path) throws IOException {
        return new SpillFile(path, true);
    }

    static SpillFile relationships(Path path) throws IOException {
        return new SpillFile(path, false);
    }

    synchronized void node(int id, String[] labels, Map<String, Object> props) {
        try {
            record.reset();
            recordOut.writeInt(id);
            recordOut.writeByte(labels.length);
            for (String label : labels) {
                SpillCodec.writeString(recordOut, label);
            }
            writeProps(props);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized void relationship(int start, int end, String type, Map<String, Object> props) {
        try {
            record.reset();
            recordOut.writeInt(start);
            recordOut.writeInt(end);
            SpillCodec.writeString(recordOut, type);
            writeProps(props);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lists become the typed arrays Neo4j stores; null values are no properties. */
    private void writeProps(Map<String, Object> props) throws IOException {
        Map<String, Object> stored = new java.util.LinkedHashMap<>(props.size() * 2);
        props.forEach((k, v) -> {
            if (v != null) {
                stored.put(k, BulkLoader.storable(v));
            }
        });
        SpillCodec.writeProps(recordOut, stored);
        out.writeInt(record.size());
        record.writeTo(out);
        count++;
        properties += stored.size();
        bytes += record.size() + 4;
    }

    /**
     * Writes the node records of {@code spilled} (in id order) and {@code held} (in id order) into
     * this file, in one id order, as the nodes were created: the importer makes each label the
     * first time it meets it, and the order labels are made in is the order {@code labels(n)}
     * gives them, so the nodes go to it in the order the transactional loader created them.
     */
    void mergeNodes(SpillFile spilled, List<BulkLoaderGraph.Node> held) throws IOException {
        int next = 0;
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(spilled.path), 1 << 20))) {
            while (true) {
                int length;
                try {
                    length = in.readInt();
                } catch (EOFException e) {
                    break;
                }
                byte[] bytes = new byte[length];
                in.readFully(bytes);
                int id = ((bytes[0] & 0xff) << 24) | ((bytes[1] & 0xff) << 16) | ((bytes[2] & 0xff) << 8) | (bytes[3] & 0xff);
                while (next < held.size() && held.get(next).id() < id) {
                    BulkLoaderGraph.Node node = held.get(next++);
                    node(node.id(), node.labels(), node.props());
                }
                synchronized (this) {
                    out.writeInt(length);
                    out.write(bytes);
                    count++;
                    this.bytes += length + 4;
                }
            }
        }
        properties += spilled.properties;
        while (next < held.size()) {
            BulkLoaderGraph.Node node = held.get(next++);
            node(node.id(), node.labels(), node.props());
        }
    }

    /** Removes the file. */
    void delete() throws IOException {
        Files.deleteIfExists(path);
    }

    long count() {
        return count;
    }

    long properties() {
        return properties;
    }

    long bytes() {
        return bytes;
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }

    /** The file's records for the importer, read anew each time it asks. */
    InputIterable input() {
        return () -> new Records(path, nodes);
    }

    private static final class Records implements InputIterator {
        private final DataInputStream in;
        private final boolean nodes;
        private boolean done;

        Records(Path path, boolean nodes) {
            this.nodes = nodes;
            try {
                this.in = new DataInputStream(new BufferedInputStream(Files.newInputStream(path), 1 << 20));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public InputChunk newChunk() {
            return new Chunk(nodes);
        }

        /** Reads the next records' bytes under the lock; the chunk decodes them on the importer's thread. */
        @Override
        public synchronized boolean next(InputChunk chunk) throws IOException {
            if (done) {
                return false;
            }
            Chunk c = (Chunk) chunk;
            c.records.clear();
            c.next = 0;
            while (c.records.size() < CHUNK) {
                int length;
                try {
                    length = in.readInt();
                } catch (EOFException e) {
                    done = true;
                    break;
                }
                byte[] bytes = new byte[length];
                in.readFully(bytes);
                c.records.add(bytes);
            }
            return !c.records.isEmpty();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    private static final class Chunk implements InputChunk {
        final List<byte[]> records = new ArrayList<>(CHUNK);
        final boolean nodes;
        int next;

        Chunk(boolean nodes) {
            this.nodes = nodes;
        }

        @Override
        public boolean next(InputEntityVisitor visitor) throws IOException {
            if (next >= records.size()) {
                return false;
            }
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(records.get(next)));
            records.set(next++, null);
            if (nodes) {
                visitor.id(in.readInt());
                String[] labels = new String[in.readUnsignedByte()];
                for (int i = 0; i < labels.length; i++) {
                    labels[i] = SpillCodec.readString(in);
                }
                visitor.labels(labels);
            } else {
                visitor.startId(in.readInt());
                visitor.endId(in.readInt());
                visitor.type(SpillCodec.readString(in));
            }
            SpillCodec.readProps(in).forEach(visitor::property);
            visitor.endOfEntity();
            return true;
        }

        @Override
        public void close() {
        }
    }
}
