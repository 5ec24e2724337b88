package io.actorgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What serve refuses before it opens anything: beyond loopback without credentials, weak secrets, bad ports. */
class ServeCommandTest {

    @TempDir
    Path db;

    private record Run(int status, String err) {
    }

    private Run serve(String... args) {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            String[] all = new String[args.length + 3];
            all[0] = "serve";
            all[1] = "--db";
            all[2] = db.toString();
            System.arraycopy(args, 0, all, 3, args.length);
            return new Run(Main.run(all), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(saved);
        }
    }

    @Test
    void beyondLoopbackWithoutCredentialsIsRefusedInOneLine() {
        Run run = serve("--bind", "0.0.0.0");
        assertThat(run.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err().strip().lines().count()).isEqualTo(1);
        assertThat(run.err()).contains("--bind 0.0.0.0 reaches beyond this machine").contains("--api-token");
    }

    @Test
    void boltWithoutAPasswordStaysOnThisMachine() {
        Run run = serve("--bind", "0.0.0.0", "--api-token", "0123456789abcdef0123", "--no-auth");
        assertThat(run.status()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("drop --no-auth").doesNotContain("give --api-token");
        assertThat(serve("--no-auth", "--neo4j-password", "0123456789").err()).contains("not both");
    }

    @Test
    void weakSecretsAreRefused() {
        assertThat(serve("--api-token", "short").err()).contains("at least 16 characters");
        assertThat(serve("--neo4j-password", "short").err()).contains("at least 8 characters");
    }

    @Test
    void portsAndSizesAreChecked() {
        assertThat(serve("--bolt-port", "8080").err()).contains("--bolt-port 8080");
        assertThat(serve("--port", "70000").err()).contains("--port 70000");
        assertThat(serve("--max-body", "lots").err()).contains("not a size");
        assertThat(new ServeCommand.SizeConverter().convert("2MB")).isEqualTo(2L * 1024 * 1024);
        assertThat(new ServeCommand.SizeConverter().convert("512kib")).isEqualTo(512L * 1024);
    }

    @Test
    void theHelpDescribesEveryOption() {
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.run("serve", "--help")).isZero();
        } finally {
            System.setOut(saved);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--port", "--bind", "--bolt-port", "--ingest",
                "--enable-ingest-api", "--max-body", "--api-token", "--neo4j-password", "--no-auth", "--threads", "--db",
                "--uri");
    }
}
