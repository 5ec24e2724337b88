package io.actorgraph.store;

import java.nio.file.Path;

/**
 * Which store a command uses: an embedded folder, or a server URI with credentials. With
 * neither, the embedded default: {@code $ACTORGRAPH_DB}, else {@code ~/.actorgraph/graph}.
 */
public record StoreSpec(Path folder, String uri, String user, String password, String database, String pageCache) {

    public static Path defaultFolder() {
        String env = System.getenv("ACTORGRAPH_DB");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(System.getProperty("user.home"), ".actorgraph", "graph");
    }

    public boolean remote() {
        return uri != null && !uri.isBlank();
    }

    public Path folderOrDefault() {
        return folder != null ? folder : defaultFolder();
    }

    public String describe() {
        return remote() ? uri : folderOrDefault().toString();
    }
}
