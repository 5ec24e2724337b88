package io.actorgraph.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The password of user neo4j on an embedded store's Bolt port, kept in {@code DIR/neo4j-password}
 * where only the user who owns the store can read it (0600). {@code serve} makes one the first
 * time it serves a store, and commands that work through a running {@code serve} read it.
 */
public final class BoltPassword {

    public static final String FILE = "neo4j-password";
    public static final String USER = "neo4j";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private BoltPassword() {
    }

    public static Path file(Path storeFolder) {
        return storeFolder.toAbsolutePath().normalize().resolve(FILE);
    }

    /** The store's password: the one in its file, or a new random one written there (0600) on first use. */
    public static String forStore(Path storeFolder) {
        Path file = file(storeFolder);
        if (Files.exists(file)) {
            String kept = read(file);
            if (kept.length() >= 8) {
                return kept;
            }
        }
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        write(storeFolder, secret);
        return secret;
    }

    /** Keeps {@code secret} as the store's password (a password given with --neo4j-password replaces the kept one). */
    public static void write(Path storeFolder, String secret) {
        Path file = file(storeFolder);
        if (Files.exists(file.getParent()) && !Files.isDirectory(file.getParent())) {
            throw new StoreException("--db " + storeFolder + ": is a file, not a folder; give a folder for the store");
        }
        try {
            Files.createDirectories(file.getParent());
            Path temporary = ownerOnlyFile(file.getParent());
            Files.writeString(temporary, secret + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new StoreException(file + ": cannot keep the Bolt password there (" + e.getMessage()
                    + "); make the store folder writable, or serve with --no-auth", e);
        }
    }

    /** Reads a password file, first making sure that no one else can read it. */
    public static String read(Path file) {
        try {
            if (isPosix() && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (java.nio.file.AccessDeniedException e) {
            throw new StoreException(file + ": cannot read the Bolt password (it belongs to the user who runs serve);"
                    + " run this command as that user, or give --uri with --user and --password", e);
        } catch (IOException e) {
            throw new StoreException(file + ": cannot read the Bolt password (" + e.getMessage() + ")", e);
        }
    }

    private static Path ownerOnlyFile(Path folder) throws IOException {
        if (isPosix()) {
            return Files.createTempFile(folder, FILE, ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        }
        Path file = Files.createTempFile(folder, FILE, ".tmp");
        java.io.File f = file.toFile();
        f.setReadable(false, false);
        f.setWritable(false, false);
        f.setReadable(true, true);
        f.setWritable(true, true);
        return file;
    }

    private static boolean isPosix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
