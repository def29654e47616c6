package io.newswire.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.app.print.AvroJson;
import io.newswire.avro.Article;
import io.newswire.avro.RawArticle;
import io.newswire.config.NewswireConfig;
import io.newswire.producer.ArticleFiles;
import io.newswire.producer.InputFiles;
import io.newswire.producer.TextArticleReader;
import io.newswire.streams.ArticlePipeline;
import io.newswire.streams.enrich.LearnedDocumentFrequencies;
import io.newswire.streams.enrich.WordStats;
import io.newswire.streams.parse.ArticleLimits;
import io.newswire.streams.parse.UnparseableArticleException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = {"Parse and enrich article files without Kafka and print each as JSON:",
                "what the pipeline makes of a file (entities, keywords, categories, tone, quotations, fingerprint)."})
public final class EnrichCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Article files or directories: text, HTML pages, JSON lines (.jsonl), as ingest reads them.")
    List<Path> paths;

    @Spec
    CommandSpec spec;

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
        // The limits users set for the pipeline (NEWSWIRE_PARSE_BUDGET_MS, ...) apply here too.
        ArticlePipeline pipeline = ArticlePipeline.withLimits(ArticleLimits.from(NewswireConfig.fromEnvironment()));
        LearnedDocumentFrequencies frequencies = new LearnedDocumentFrequencies(WordStats.get());
        ArticleFiles files = new ArticleFiles(new TextArticleReader(Clock.systemUTC()));
        int[] failures = {0};
        for (Path file : InputFiles.expand(paths)) {
            files.read(file, new ArticleFiles.Sink() {
                @Override
                public void article(RawArticle raw, String origin) {
                    try {
                        spec.commandLine().getOut().println(json.writeValueAsString(view(pipeline.process(raw, frequencies), origin)));
                    } catch (UnparseableArticleException | JsonProcessingException e) {
                        unreadable(origin, e.getMessage(), e, null);
                    }
                }

                @Override
                public void unreadable(String origin, String reason, Throwable cause, byte[] bytes) {
                    failures[0]++;
                    spec.commandLine().getErr().println(origin + ": " + reason);
                }
            });
        }
        return failures[0] == 0 ? 0 : 1;
    }

    private ObjectNode view(Article article, String origin) {
        ObjectNode node = (ObjectNode) AvroJson.toJson(article, article.getSchema());
        if (!withBody) {
            node.remove("body");
            node.remove("fingerprint");
        }
        node.put("file", origin);
        return node;
    }
}
