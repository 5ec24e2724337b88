package io.actorgraph.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds and reads the text files users hand to the command line, refusing what cannot be
 * text (binary data, other encodings, oversized files) with a message that says what to do.
 */
public final class TextFiles {

    private TextFiles() {
    }

    /**
     * The files a list of paths stands for: each file as given, and for each folder every file
     * below it whose name ends in one of the endings, sorted so that runs are repeatable.
     */
    public static List<Path> expand(List<Path> paths, Set<String> endings) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> endings.contains(ending(p)))
                            .sorted(Comparator.comparing(Path::toString))
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new InputProblem(path.toString(), "cannot list the folder (" + e.getMessage() + ")");
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    /** The lower-case ending of a file name without the dot, or "" when there is none. */
    public static String ending(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The file name without its ending: the id of a .txt article. */
    public static String baseName(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }

    /**
     * Reads a whole file as UTF-8 text, after checking that it exists, is not empty, not larger
     * than {@code maxBytes}, holds no NUL byte and decodes as UTF-8. A UTF-8 byte order mark is
     * dropped. UTF-16 files (with a BOM) are read too, since some editors write them.
     */
    public static String readText(Path file, long maxBytes) {
        String name = file.toString();
        long size;
        try {
            if (Files.isDirectory(file)) {
                throw new InputProblem(name, "is a folder; give a file, or a folder to a command that takes folders");
            }
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new InputProblem(name, "no such file; check the path");
        } catch (IOException e) {
            throw new InputProblem(name, "cannot read (" + e.getMessage() + ")");
        }
        if (size == 0) {
            throw new InputProblem(name, "the file is empty; nothing to read");
        }
        if (size > maxBytes) {
            throw new InputProblem(name, String.format(Locale.ROOT,
                    "the file is %,d bytes, over the limit of %,d; split it into smaller files", size, maxBytes));
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new InputProblem(name, "cannot read (" + e.getMessage() + ")");
        }
        return decode(name, bytes);
    }

    /** Decodes bytes a user gave as text, with the checks of {@link #readText}. */
    public static String decode(String name, byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            String text = new String(bytes, StandardCharsets.UTF_16);
            return text.isEmpty() ? text : stripBom(text);
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new InputProblem(name, "looks binary (it holds NUL bytes), not text; give a UTF-8 text or JSON file");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return stripBom(decoder.decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            int at = firstInvalidUtf8(bytes);
            throw new InputProblem(name, "is not valid UTF-8 (first bad byte at offset " + at
                    + "); convert it, e.g. iconv -f latin1 -t utf-8");
        }
    }

    private static String stripBom(String text) {
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }
}
