package io.newswire.app;

import io.newswire.app.cli.BenchCommand;
import io.newswire.app.cli.BenchEnrichCommand;
import io.newswire.app.cli.BenchFeedsCommand;
import io.newswire.app.cli.EnrichCommand;
import io.newswire.app.cli.EvalExtractionCommand;
import io.newswire.app.cli.EvalBrownCommand;
import io.newswire.app.cli.EvalClusteringCommand;
import io.newswire.app.cli.EvalCategoriesCommand;
import io.newswire.app.cli.EvalLanguageCommand;
import io.newswire.app.cli.EvalNerCommand;
import io.newswire.app.cli.EvalSimilarityCommand;
import io.newswire.app.cli.IngestCommand;
import io.newswire.app.cli.RulesCommand;
import io.newswire.app.cli.RunCommand;
import io.newswire.app.cli.SinkCommand;
import io.newswire.app.cli.SourcesCommand;
import io.newswire.app.cli.StreamsCommand;
import io.newswire.app.cli.SubscribeCommand;
import io.newswire.app.cli.TrainNerCommand;
import io.newswire.app.cli.TrainStoriesCommand;
import io.newswire.config.UserFacingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "newswire", mixinStandardHelpOptions = true, version = "newswire 0.1.0",
        description = "Live news ingestion and enrichment on Kafka Streams.",
        subcommands = {RunCommand.class, IngestCommand.class, SubscribeCommand.class, StreamsCommand.class, EnrichCommand.class, EvalBrownCommand.class, EvalNerCommand.class, TrainNerCommand.class, TrainStoriesCommand.class, EvalLanguageCommand.class, EvalCategoriesCommand.class, EvalSimilarityCommand.class, EvalClusteringCommand.class, BenchEnrichCommand.class, BenchFeedsCommand.class, BenchCommand.class, RulesCommand.class, SourcesCommand.class, SinkCommand.class, EvalExtractionCommand.class})
public final class Newswire {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * Failures the user can act on (bad config or arguments, port in use, broker unreachable, a Kafka client's
     * own error, an input file that is missing or unreadable) print one clear line; anything else is a bug and keeps
     * its stack trace.
     */
    public static CommandLine commandLine() {
        return new CommandLine(new Newswire()).setExecutionExceptionHandler((error, cmd, parseResult) -> {
            if (error instanceof UserFacingException || error instanceof io.newswire.streams.rules.RuleSyntaxException
                    || error instanceof org.apache.kafka.common.KafkaException) {
                cmd.getErr().println("newswire: " + error.getMessage());
                return 2;
            }
            if (error instanceof NoSuchFileException missing) {
                cmd.getErr().println("newswire: no such file: " + missing.getFile());
                return 2;
            }
            if (error instanceof AccessDeniedException denied) {
                cmd.getErr().println("newswire: permission denied: " + denied.getFile());
                return 2;
            }
            throw error;
        });
    }
}
