package io.newswire.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.app.bench.EnrichmentBenchmark;
import io.newswire.avro.Article;
import io.newswire.serde.TrustedAvroPackages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench-enrich", mixinStandardHelpOptions = true,
        description = "Microseconds per article for the enrichment chain on one core, by enricher, over generated ~3 KB articles "
                + "or the articles of a JSON-lines file.")
public final class BenchEnrichCommand implements Callable<Integer> {

    @Option(names = "--articles", description = "Articles per measured round (default ${DEFAULT-VALUE}).")
    int articles = 2000;

    @Option(names = "--warmup", description = "Warm-up rounds before measuring (default ${DEFAULT-VALUE}).")
    int warmup = 5;

    @Option(names = "--seed", description = "Generator seed (default ${DEFAULT-VALUE}).")
    long seed = 42;

    @Option(names = "--file", paramLabel = "FILE.jsonl",
            description = "Real articles instead of generated ones: JSON lines with \"title\" and \"body\", or \"text\" "
                    + "(the multilingual NER and news-similarity sets), e.g. to time one language.")
    Path file;

    @Override
    public Integer call() throws IOException {
        if (file == null) {
            System.out.print(new EnrichmentBenchmark().run(articles, warmup, seed).report());
            return 0;
        }
        // Records built here with their defaults decode them through Avro, which must trust our classes.
        TrustedAvroPackages.register();
        ObjectMapper json = new ObjectMapper();
        List<Article> parsed = new ArrayList<>();
        long bytes = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = json.readTree(line);
            String body = node.hasNonNull("body") ? node.get("body").asText() : node.path("text").asText("");
            String title = node.path("title").asText("");
            bytes += (title + body).getBytes(StandardCharsets.UTF_8).length;
            parsed.add(Article.newBuilder().setId("bench-" + parsed.size()).setSource("bench").setTitle(title).setBody(body)
                    .setIngestedAt(Instant.EPOCH).setEventTime(Instant.EPOCH).build());
        }
        System.out.print(new EnrichmentBenchmark().run(parsed, bytes, warmup).report());
        return 0;
    }
}
