package io.actorgraph.store;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a running {@code serve} leaves in the store folder it holds ({@code DIR/serve.json}):
 * its process, its Bolt address, and where the password for it is. Other commands given
 * {@code --db DIR} find it there and work through that Bolt port instead of refusing the
 * locked folder. The file goes when serve stops; one left by a killed serve names a process
 * that is gone, and is ignored.
 *
 * @param pid          the serving process
 * @param bolt         its Bolt address, reachable from this machine
 * @param user         the Bolt user, or null when Bolt asks for no password (serve --no-auth)
 * @param passwordFile the file holding that user's password, or null
 * @param http         the address of its graph view and API, or null before they are up
 */
public record ServeLease(long pid, String bolt, String user, Path passwordFile, String http) {

    public static final String FILE = "serve.json";

    /** Built on first use: a command on a folder that no serve holds never pays for it. */
    private static final class Json {
        static final JsonMapper MAPPER = JsonMapper.builder().build();
    }

    public static Path file(Path storeFolder) {
        return storeFolder.toAbsolutePath().normalize().resolve(FILE);
    }

    /** The lease of a serve that is still running on this folder, if any. */
    public static Optional<ServeLease> live(Path storeFolder) {
        Path file = file(storeFolder);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        ServeLease lease;
        try {
            JsonNode node = Json.MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
            String password = text(node, "passwordFile");
            lease = new ServeLease(node.path("pid").asLong(-1), text(node, "bolt"), text(node, "user"),
                    password == null ? null : Path.of(password), text(node, "http"));
        } catch (IOException | JacksonException | java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
        boolean running = lease.pid() > 0 && lease.bolt() != null
                && ProcessHandle.of(lease.pid()).map(ProcessHandle::isAlive).orElse(false) && listening(lease.bolt());
        return running ? Optional.of(lease) : Optional.empty();
    }

    /** Whether something listens at a bolt:// address: a process that took a dead serve's pid does not. */
    private static boolean listening(String bolt) {
        try {
            URI uri = URI.create(bolt);
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 2_000);
                return true;
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    /** Writes this lease into the folder (replacing an older one in one move). */
    public void write(Path storeFolder) {
        Path target = file(storeFolder);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("pid", pid);
        body.put("bolt", bolt);
        body.put("user", user);
        body.put("passwordFile", passwordFile == null ? null : passwordFile.toString());
        body.put("http", http);
        try {
            Path temporary = Files.createTempFile(target.getParent(), FILE, ".tmp");
            Files.writeString(temporary, Json.MAPPER.writeValueAsString(body) + "\n", StandardCharsets.UTF_8);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException(target + ": cannot write where serve's Bolt port is (" + e.getMessage() + ")", e);
        }
    }

    /** Removes the lease this process wrote (not one a later serve may have written since). */
    public static void release(Path storeFolder, long pid) {
        live(storeFolder).filter(l -> l.pid() == pid).ifPresent(l -> {
            try {
                Files.deleteIfExists(file(storeFolder));
            } catch (IOException e) {
                // a lease left behind names a process that is gone: readers ignore it
            }
        });
    }

    public ServeLease withHttp(String address) {
        return new ServeLease(pid, bolt, user, passwordFile, address);
    }

    /** Connects to the serving process's Bolt port with the password it keeps. */
    public DriverStore connect() {
        String password = passwordFile == null ? null : BoltPassword.read(passwordFile);
        return DriverStore.connect(bolt, user, password, null);
    }
}
