package io.actorgraph.store;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which actorgraph process holds an embedded store, written into the store folder while it is
 * open, so that another command refused by Neo4j's lock can say who holds it and what to do:
 * wait for an {@code ingest}, or reach a {@code serve} through its Bolt address.
 */
final class StoreHolder {

    static final String FILE = "actorgraph-holder";

    private StoreHolder() {
    }

    /** Records this process as the holder; a folder that cannot take the file only loses the better message. */
    static void write(Path folder, InetSocketAddress bolt, boolean auth) {
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("pid", String.valueOf(ProcessHandle.current().pid()));
        lines.put("command", command(System.getProperty("sun.java.command", "")));
        lines.put("since", LocalTime.now().truncatedTo(ChronoUnit.SECONDS).toString());
        if (bolt != null) {
            lines.put("bolt", "bolt://" + connectHost(bolt.getHostString()) + ":" + bolt.getPort());
            lines.put("auth", String.valueOf(auth));
        }
        StringBuilder text = new StringBuilder();
        lines.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        try {
            Files.writeString(folder.resolve(FILE), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // the store works without it
        }
    }

    /** Removes the record if it is still this process's. */
    static void remove(Path folder) {
        Path file = folder.resolve(FILE);
        if (read(folder).map(h -> h.get("pid")).filter(String.valueOf(ProcessHandle.current().pid())::equals).isPresent()) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a stale record is ignored once its process is gone
            }
        }
    }

    /**
     * The holder's description and what to do, e.g. "(process 4242, `actorgraph serve` since
     * 10:02:11, Bolt at bolt://127.0.0.1:7687); stop it, or pass --uri bolt://127.0.0.1:7687 to use it".
     */
    static String describe(Path folder) {
        Optional<Map<String, String>> holder = read(folder)
                .filter(h -> h.containsKey("pid") && isAlive(h.get("pid")));
        if (holder.isEmpty()) {
            return "(another process); stop it, or if it is an `actorgraph serve`, pass --uri with its Bolt address"
                    + " (bolt://localhost:7687 by default) to use it";
        }
        Map<String, String> h = holder.get();
        String command = h.getOrDefault("command", "");
        StringBuilder text = new StringBuilder("(process ").append(h.get("pid"));
        if (!command.isEmpty()) {
            text.append(", `actorgraph ").append(command).append('`');
        }
        if (h.containsKey("since")) {
            text.append(" since ").append(h.get("since"));
        }
        if (h.containsKey("bolt")) {
            text.append(", Bolt at ").append(h.get("bolt")).append("); stop it, or pass --uri ").append(h.get("bolt"))
                    .append(Boolean.parseBoolean(h.get("auth")) ? " --user neo4j --password (its --neo4j-password)" : "")
                    .append(" to use it");
        } else {
            text.append("); wait for it to finish, or stop it");
        }
        return text.toString();
    }

    private static Optional<Map<String, String>> read(Path folder) {
        try {
            Map<String, String> values = new LinkedHashMap<>();
            for (String line : Files.readAllLines(folder.resolve(FILE), StandardCharsets.UTF_8)) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    values.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
            return Optional.of(values);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean isAlive(String pid) {
        try {
            return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * The subcommand this JVM runs ("ingest", "bench load"), from the launcher's command line
     * ("…/actorgraph.jar ingest --db …"); empty when it is not the command line (a test, an embedding
     * program). Nothing else of the command line is kept: it may hold a password.
     */
    static String command(String javaCommand) {
        List<String> words = List.of(javaCommand.strip().split("\\s+"));
        for (int i = 0; i < words.size() - 1; i++) {
            String w = words.get(i);
            if (w.endsWith("actorgraph.jar") || w.equals("io.actorgraph.cli.Main")) {
                String first = words.get(i + 1);
                if (!first.matches("[a-z]+")) {
                    return "";
                }
                if (first.equals("bench") && i + 2 < words.size() && words.get(i + 2).matches("[a-z]+")) {
                    return first + " " + words.get(i + 2);
                }
                return first;
            }
        }
        return "";
    }

    /** Where a listening address is reached from this machine: a wildcard on loopback. */
    private static String connectHost(String bind) {
        String b = bind.strip();
        return switch (b) {
            case "0.0.0.0" -> "127.0.0.1";
            case "::", "0:0:0:0:0:0:0:0" -> "[::1]";
            default -> b.contains(":") && !b.startsWith("[") ? "[" + b + "]" : b;
        };
    }
}
