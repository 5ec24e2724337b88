package io.actorgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/** A store served with a password opens again with the same one (the second `serve` on a folder). */
class StorePasswordIT {

    @TempDir
    Path dir;

    @Test
    void aStoreOpensAgainWithThePasswordItAlreadyHas() throws Exception {
        String secret = "a-long-enough-secret-1234";
        for (int run = 0; run < 2; run++) {
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            EmbeddedStore.Options options = EmbeddedStore.Options.of(dir.resolve("db"))
                    .withBolt(new InetSocketAddress("127.0.0.1", port)).withPassword(secret);
            EmbeddedStore store = EmbeddedStore.open(options);
            try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.basic("neo4j", secret))) {
                driver.verifyConnectivity();
                assertThat(driver.session().run("RETURN 1 AS one").single().get("one").asInt()).isEqualTo(1);
            } finally {
                store.close();
            }
        }
    }
}
