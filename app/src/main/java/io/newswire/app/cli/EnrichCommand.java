package io.newswire.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.newswire.app.print.AvroJson;
import io.newswire.avro.Article;
import io.newswire.producer.InputFiles;
import io.newswire.producer.TextArticleReader;
import io.newswire.producer.UnreadableInputException;
import io.newswire.streams.enrich.Enricher;
import io.newswire.streams.enrich.LearnedDocumentFrequencies;
import io.newswire.streams.enrich.WordStats;
import io.newswire.config.NewswireConfig;
import io.newswire.streams.parse.ArticleLimits;
import io.newswire.streams.parse.ArticleParser;
import io.newswire.streams.parse.UnparseableArticleException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = {"Parse and enrich article files without Kafka and print each as JSON:",
                "what the pipeline makes of a file (entities, keywords, categories, tone, quotations, fingerprint)."})
public final class EnrichCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Article files or directories.")
    List<Path> paths;

    @Option(names = "--compact", description = "One JSON object per line instead of pretty-printed.")
    boolean compact;

    @Option(names = "--with-body", description = "Include the clean body text and the fingerprint bytes.")
    boolean withBody;

    @Override
    public Integer call() throws Exception {
        ObjectMapper json = new ObjectMapper();
        if (!compact) {
            json.enable(SerializationFeature.INDENT_OUTPUT);
        }
        TextArticleReader reader = new TextArticleReader(Clock.systemUTC());
        // The limits users set for the pipeline (NEWSWIRE_PARSE_BUDGET_MS, ...) apply here too.
        ArticleParser parser = ArticleParser.withLimits(ArticleLimits.from(NewswireConfig.fromEnvironment()));
        Enricher enricher = Enricher.withDefaults();
        LearnedDocumentFrequencies frequencies = new LearnedDocumentFrequencies(WordStats.get());
        int failures = 0;
        for (Path file : InputFiles.expand(paths)) {
            try {
                Article article = enricher.enrich(parser.parse(reader.read(file)), frequencies);
                var node = (com.fasterxml.jackson.databind.node.ObjectNode) AvroJson.toJson(article, article.getSchema());
                if (!withBody) {
                    node.remove("body");
                    node.remove("fingerprint");
                }
                node.put("file", file.toString());
                System.out.println(json.writeValueAsString(node));
            } catch (UnreadableInputException | UnparseableArticleException e) {
                failures++;
                System.err.println(file + ": " + e.getMessage());
            }
        }
        return failures == 0 ? 0 : 1;
    }
}
