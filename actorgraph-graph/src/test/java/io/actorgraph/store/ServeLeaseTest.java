package io.actorgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The password serve keeps in a store folder, and the note telling other commands where serve's Bolt port is. */
class ServeLeaseTest {

    @TempDir
    Path store;

    @Test
    void thePasswordIsMadeOnceAndOnlyItsOwnerCanReadIt() throws IOException {
        String first = BoltPassword.forStore(store);
        Path file = BoltPassword.file(store);
        assertThat(first).hasSizeGreaterThanOrEqualTo(32).matches("[A-Za-z0-9_-]+");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(BoltPassword.forStore(store)).isEqualTo(first);
        // a given password replaces it; a file someone opened up is closed again when read
        BoltPassword.write(store, "given-password-123");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(BoltPassword.forStore(store)).isEqualTo("given-password-123");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        try (var files = Files.list(store)) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly(BoltPassword.FILE);
        }
    }

    @Test
    void aLeaseCountsOnlyWhileItsProcessRunsAndItsBoltPortListens() throws IOException {
        assertThat(ServeLease.live(store)).isEmpty();
        try (ServerSocket bolt = new ServerSocket(0)) {
            long me = ProcessHandle.current().pid();
            ServeLease lease = new ServeLease(me, "bolt://127.0.0.1:" + bolt.getLocalPort(), "neo4j",
                    BoltPassword.file(store), null);
            lease.write(store);
            assertThat(ServeLease.live(store)).contains(lease);
            lease.withHttp("http://127.0.0.1:1").write(store);
            assertThat(ServeLease.live(store)).get().extracting(ServeLease::http).isEqualTo("http://127.0.0.1:1");

            // a serve killed without a chance to clean up: its process is gone
            new ServeLease(deadPid(), lease.bolt(), "neo4j", null, null).write(store);
            assertThat(ServeLease.live(store)).isEmpty();
            // a process that took the pid of a dead serve listens on no Bolt port
            new ServeLease(me, "bolt://127.0.0.1:1", "neo4j", null, null).write(store);
            assertThat(ServeLease.live(store)).isEmpty();

            lease.write(store);
            ServeLease.release(store, me);
            assertThat(ServeLease.file(store)).doesNotExist();
        }
        Files.writeString(ServeLease.file(store), "{not json");
        assertThat(ServeLease.live(store)).isEmpty();
    }

    private static long deadPid() throws IOException {
        Process process = new ProcessBuilder("true").start();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return process.pid();
    }
}
