package io.actorgraph.load;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a bulk import writes property values to its temporary files and reads them back, every
 * value exactly as it went in: strings, longs, doubles, booleans, lists of them, the typed
 * arrays the importer takes, and the article's load time. Property names that every fact
 * carries are written as one byte.
 */
final class SpillCodec {

    private static final byte NULL = 0;
    private static final byte STRING = 1;
    private static final byte LONG = 2;
    private static final byte DOUBLE = 3;
    private static final byte TRUE = 4;
    private static final byte FALSE = 5;
    private static final byte LIST = 6;
    private static final byte STRINGS = 7;
    private static final byte LONGS = 8;
    private static final byte DOUBLES = 9;
    private static final byte BOOLEANS = 10;
    private static final byte INTEGER = 11;
    private static final byte DATE_TIME = 12;

    /** The property names written as their index here; any other name is written out after 255. */
    private static final List<String> NAMES = List.of("articles", "sentences", "sentenceStarts", "sentenceEnds",
            "dates", "confidences", "attributions", "hedges", "places", "key", "polarity", "cameo", "plover",
            "confidence", "firstDate", "lastDate", "extractor", "title", "since", "until", "ended", "endedBy",
            "names", "role", "for", "forName", "id", "name", "type", "aliases", "text", "date", "source", "url",
            "factCount", "facts", "loadedAt", "extractorVersion", "article", "relation", "datePrecision");
    private static final Map<String, Integer> INDEX = new java.util.HashMap<>();

    static {
        for (int i = 0; i < NAMES.size(); i++) {
            INDEX.put(NAMES.get(i), i);
        }
    }

    private SpillCodec() {
    }

    static void writeProps(DataOutput out, Map<String, Object> props) throws IOException {
        out.writeShort(props.size());
        for (Map.Entry<String, Object> e : props.entrySet()) {
            Integer index = INDEX.get(e.getKey());
            if (index == null) {
                out.writeByte(255);
                writeString(out, e.getKey());
            } else {
                out.writeByte(index);
            }
            writeValue(out, e.getValue());
        }
    }

    static Map<String, Object> readProps(DataInput in) throws IOException {
        int size = in.readUnsignedShort();
        Map<String, Object> props = new LinkedHashMap<>(size * 2);
        for (int i = 0; i < size; i++) {
            int index = in.readUnsignedByte();
            String name = index == 255 ? readString(in) : NAMES.get(index);
            props.put(name, readValue(in));
        }
        return props;
    }

    static void writeString(DataOutput out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        writeLength(out, bytes.length);
        out.write(bytes);
    }

    static String readString(DataInput in) throws IOException {
        byte[] bytes = new byte[readLength(in)];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Lengths below 128 (most strings and lists) take one byte. */
    private static void writeLength(DataOutput out, int length) throws IOException {
        if (length < 0x80) {
            out.writeByte(length);
        } else {
            out.writeInt(length | 0x80000000);
        }
    }

    private static int readLength(DataInput in) throws IOException {
        int first = in.readUnsignedByte();
        if (first < 0x80) {
            return first;
        }
        return ((first & 0x7f) << 24) | (in.readUnsignedByte() << 16) | (in.readUnsignedByte() << 8) | in.readUnsignedByte();
    }

    static void writeValue(DataOutput out, Object value) throws IOException {
        if (value == null) {
            out.writeByte(NULL);
        } else if (value instanceof String s) {
            out.writeByte(STRING);
            writeString(out, s);
        } else if (value instanceof Long l) {
            out.writeByte(LONG);
            out.writeLong(l);
        } else if (value instanceof Integer i) {
            out.writeByte(INTEGER);
            out.writeInt(i);
        } else if (value instanceof Double d) {
            out.writeByte(DOUBLE);
            out.writeDouble(d);
        } else if (value instanceof Boolean b) {
            out.writeByte(b ? TRUE : FALSE);
        } else if (value instanceof List<?> list) {
            out.writeByte(LIST);
            writeLength(out, list.size());
            for (Object item : list) {
                writeValue(out, item);
            }
        } else if (value instanceof String[] strings) {
            out.writeByte(STRINGS);
            writeLength(out, strings.length);
            for (String s : strings) {
                writeString(out, s);
            }
        } else if (value instanceof long[] longs) {
            out.writeByte(LONGS);
            writeLength(out, longs.length);
            for (long l : longs) {
                out.writeLong(l);
            }
        } else if (value instanceof double[] doubles) {
            out.writeByte(DOUBLES);
            writeLength(out, doubles.length);
            for (double d : doubles) {
                out.writeDouble(d);
            }
        } else if (value instanceof boolean[] booleans) {
            out.writeByte(BOOLEANS);
            writeLength(out, booleans.length);
            for (boolean b : booleans) {
                out.writeBoolean(b);
            }
        } else if (value instanceof ZonedDateTime time) {
            out.writeByte(DATE_TIME);
            writeString(out, time.toString());
        } else {
            throw new IllegalArgumentException("a property value of type " + value.getClass().getName()
                    + " cannot be written to the bulk import's temporary files");
        }
    }

    static Object readValue(DataInput in) throws IOException {
        byte tag = in.readByte();
        switch (tag) {
            case NULL:
                return null;
            case STRING:
                return readString(in);
            case LONG:
                return in.readLong();
            case INTEGER:
                return in.readInt();
            case DOUBLE:
                return in.readDouble();
            case TRUE:
                return Boolean.TRUE;
            case FALSE:
                return Boolean.FALSE;
            case LIST: {
                int size = readLength(in);
                List<Object> list = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    list.add(readValue(in));
                }
                return list;
            }
            case STRINGS: {
                String[] strings = new String[readLength(in)];
                for (int i = 0; i < strings.length; i++) {
                    strings[i] = readString(in);
                }
                return strings;
            }
            case LONGS: {
                long[] longs = new long[readLength(in)];
                for (int i = 0; i < longs.length; i++) {
                    longs[i] = in.readLong();
                }
                return longs;
            }
            case DOUBLES: {
                double[] doubles = new double[readLength(in)];
                for (int i = 0; i < doubles.length; i++) {
                    doubles[i] = in.readDouble();
                }
                return doubles;
            }
            case BOOLEANS: {
                boolean[] booleans = new boolean[readLength(in)];
                for (int i = 0; i < booleans.length; i++) {
                    booleans[i] = in.readBoolean();
                }
                return booleans;
            }
            case DATE_TIME:
                return ZonedDateTime.parse(readString(in));
            default:
                throw new IOException("a bulk import temporary file is corrupt (value tag " + tag + ")");
        }
    }
}
