package io.actorgraph.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top command: it only lists the subcommands. */
@Command(name = "actorgraph",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Turns news articles into a Neo4j graph of actors and what they did to each other, "
                + "and answers questions about it with the sentences that prove them.",
        subcommands = {
            IngestCommand.class,
            ExtractCommand.class,
            LoadCommand.class,
            AskCommand.class,
            StatsCommand.class,
            ServeCommand.class,
            BenchCommand.class,
            WarmupCommand.class
        },
        footer = {"", "Exit status: 0 done; 1 some inputs failed (one line each on stderr); 2 wrong usage or question;"
                + " 3 store unavailable; 70 internal error."})
public final class ActorGraphCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is needed: ingest, extract, load, ask, stats, serve or bench");
    }
}
