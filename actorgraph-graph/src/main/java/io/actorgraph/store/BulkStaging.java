package io.actorgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Where a bulk import builds a new store: a folder beside the target ({@code .NAME.importing}),
 * locked by the importing process for as long as it runs. The store appears in the target by
 * one rename once it is complete, so that a run killed at any moment leaves the target without
 * a store (or with the complete one), never half of one. What an interrupted run left behind is
 * removed by the next run; a folder still locked belongs to an import that is running.
 */
public final class BulkStaging implements AutoCloseable {

    private static final String LOCK = "lock";
    private static final String STORE = "store";
    /** Names the folder of the import's temporary files when it is not inside this one (--tmp). */
    private static final String SCRATCH = "scratch";
    private static final String TMP = "tmp";

    private final Path target;
    private final Path folder;
    private final FileChannel channel;
    private Path scratch;

    private BulkStaging(Path target, Path folder, FileChannel channel) {
        this.target = target;
        this.folder = folder;
        this.channel = channel;
    }

    /** The staging folder of a target store folder: beside it, on the same file system, so that a rename moves it. */
    public static Path folder(Path target) {
        Path t = target.toAbsolutePath().normalize();
        Path parent = t.getParent() == null ? t : t.getParent();
        return parent.resolve("." + t.getFileName() + ".importing");
    }

    /**
     * Takes the staging folder of {@code target} for this process. A folder left by an
     * interrupted import is removed first, and {@code notice} told so in one line; one that a
     * running import holds is refused.
     */
    public static BulkStaging claim(Path target, Consumer<String> notice) {
        Path folder = folder(target);
        String left = removeIfAbandoned(target);
        if (left != null) {
            notice.accept(left);
        }
        try {
            Files.createDirectories(folder.getParent());
            Files.createDirectory(folder);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new StoreException("--db " + target + ": another bulk import into this folder is running ("
                    + holder(folder) + "); wait for it to finish");
        } catch (IOException e) {
            throw new StoreException("--db " + target + ": cannot create " + folder + " beside it for the import ("
                    + e.getMessage() + "); the folder that holds it must be writable");
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new StoreException("--db " + target + ": another bulk import into this folder is starting;"
                        + " wait for it to finish");
            }
            channel.write(java.nio.ByteBuffer.wrap(("pid=" + ProcessHandle.current().pid() + "\n")
                    .getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
            return new BulkStaging(target, folder, channel); // the lock lasts as long as the channel
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreException("--db " + target + ": cannot lock " + folder + " (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Removes the staging folder of {@code target} when no running process holds it, and says
     * what was removed; null when there was none. Throws when an import is running.
     */
    static String removeIfAbandoned(Path target) {
        Path folder = folder(target);
        if (!Files.isDirectory(folder)) {
            return null;
        }
        if (held(folder)) {
            throw new StoreException("--db " + target + ": a bulk import is building this store (" + holder(folder)
                    + "); wait for it to finish");
        }
        boolean started = Files.exists(folder.resolve(STORE));
        deleteScratch(target, folder);
        delete(folder);
        return "removed " + folder + (started ? ", the unfinished store of a bulk import that was stopped part way"
                : ", left by a bulk import that was stopped");
    }

    /** Whether a running import (this process or another) holds the folder's lock. */
    static boolean held(Path folder) {
        Path file = folder.resolve(LOCK);
        if (!Files.exists(file)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true; // held by this very process
        } catch (IOException e) {
            return false;
        }
    }

    private static String holder(Path folder) {
        try {
            String text = Files.readString(folder.resolve(LOCK), StandardCharsets.UTF_8).strip();
            return text.startsWith("pid=") ? "process " + text.substring(4) : "another process";
        } catch (IOException e) {
            return "another process";
        }
    }

    /** Where the importer writes: a Neo4j home whose {@code data} folder becomes the store's. */
    public Path home() {
        return folder.resolve(STORE);
    }

    /**
     * The folder for the import's temporary files (sorted facts, nodes and relationships on
     * their way to the importer): {@code tmp} inside this staging folder, or, when {@code under}
     * is given, a folder in it named after the target and recorded here, so that whoever
     * removes an abandoned staging folder removes that one too. Created empty.
     */
    public Path scratch(Path under) {
        if (scratch != null) {
            return scratch;
        }
        Path chosen = under == null ? folder.resolve(TMP)
                : under.toAbsolutePath().normalize().resolve(folder.getFileName() + "-" + ProcessHandle.current().pid());
        try {
            if (under != null) {
                delete(chosen);
                Files.writeString(folder.resolve(SCRATCH), chosen.toString(), StandardCharsets.UTF_8);
            }
            Files.createDirectories(chosen);
        } catch (IOException e) {
            throw new StoreException("--db " + target + ": cannot create " + chosen + " for the import's temporary files ("
                    + e.getMessage() + "); give a writable --tmp folder", e);
        }
        scratch = chosen;
        return chosen;
    }

    /** Removes the temporary folder a staging folder names, if it has the name only a bulk import gives. */
    private static void deleteScratch(Path target, Path folder) {
        Path record = folder.resolve(SCRATCH);
        if (!Files.exists(record)) {
            return;
        }
        try {
            Path named = Path.of(Files.readString(record, StandardCharsets.UTF_8).strip());
            if (named.getFileName() != null && named.getFileName().toString().startsWith(folder.getFileName() + "-")) {
                delete(named);
            }
        } catch (IOException | RuntimeException e) {
            // the staging folder goes anyway; a temporary folder elsewhere is named in the notice
        }
    }

    /**
     * Moves the complete store into the target with one rename: the whole home when the target
     * is missing or empty, else its {@code data} folder (the target must not have one).
     */
    public void publish() {
        Path home = home();
        try {
            if (!Files.exists(target) || isEmptyFolder(target)) {
                Files.createDirectories(target.toAbsolutePath().normalize().getParent());
                // rename(2) replaces an empty folder in one step
                Files.move(home, target, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.move(home.resolve("data"), target.resolve("data"), StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (AtomicMoveNotSupportedException e) {
            throw new StoreException("--db " + target + ": the import cannot be moved into place in one step ("
                    + e.getMessage() + "); give a folder on an ordinary local file system", e);
        } catch (IOException e) {
            throw new StoreException("--db " + target + ": the imported store cannot be moved into place ("
                    + e.getMessage() + ")", e);
        }
    }

    private static boolean isEmptyFolder(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(path)) {
            return entries.findAny().isEmpty();
        }
    }

    /** Releases the lock and removes the staging folder with whatever is left in it. */
    @Override
    public void close() {
        // removed while still locked, so that no other run takes it for abandoned meanwhile
        if (scratch != null) {
            delete(scratch);
        }
        delete(folder);
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing to do
            }
        }
    }

    static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
