package io.newswire.app.cli;

import io.newswire.app.local.TopicProvisioner;
import io.newswire.config.NewswireConfig;
import io.newswire.producer.FileIngestor;
import io.newswire.producer.IngestReport;
import io.newswire.producer.RawArticlePublisher;
import io.newswire.producer.TextArticleReader;
import io.newswire.topics.NewswireTopics;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Publish article files (or every file under directories) to news.articles.raw.",
                "Unreadable files become dead letters; exits 1 if any article was not delivered."})
public final class IngestCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Article files or directories.")
    List<Path> paths;

    @Override
    public Integer call() {
        NewswireConfig config = connection.load();
        NewswireTopics topics = TopicProvisioner.provisionPipeline(config);
        try (RawArticlePublisher publisher = RawArticlePublisher.create(config.clientProperties(), topics, Clock.systemUTC())) {
            IngestReport report = new FileIngestor(new TextArticleReader(Clock.systemUTC()), publisher).ingest(paths);
            System.out.println(report.summary());
            report.undelivered().forEach(u -> System.err.println("not delivered: " + u));
            return report.success() ? 0 : 1;
        }
    }
}
