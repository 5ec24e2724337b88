package io.actorgraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the real launcher, ./actorgraph, as a user would, and keeps what it printed. */
final class Cli {

    record Run(int exit, String out, String err) {
        List<String> outLines() {
            return out.lines().filter(l -> !l.isBlank()).toList();
        }

        List<String> errLines() {
            return err.lines().filter(l -> !l.isBlank()).toList();
        }
    }

    private Cli() {
    }

    static Run run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of("actorgraph").toAbsolutePath().toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("NEO4J_URI");
        builder.environment().putAll(env);
        Path out = Files.createTempFile("cli", ".out");
        Path err = Files.createTempFile("cli", ".err");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("actorgraph " + String.join(" ", args) + " did not finish in 5 minutes");
        }
        Run run = new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
        return run;
    }

    /** Starts the launcher without waiting: stdout and stderr go to the two files. */
    static Process start(Map<String, String> env, Path out, Path err, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of("actorgraph").toAbsolutePath().toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("NEO4J_URI");
        builder.environment().putAll(env);
        return builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    }

    static Run run(String... args) throws IOException, InterruptedException {
        return run(Map.of(), args);
    }
}
