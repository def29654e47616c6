package io.newswire.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.app.eval.CategoryAgreement;
import io.newswire.avro.Article;
import io.newswire.avro.Category;
import io.newswire.streams.ArticlePipeline;
import io.newswire.streams.enrich.Enricher;
import io.newswire.streams.enrich.LearnedDocumentFrequencies;
import io.newswire.streams.enrich.WordStats;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "eval-categories", mixinStandardHelpOptions = true,
        description = {"Categories where no category labels exist: the articles of a SemEval-2022 Task 8 set (and of any --file)",
                "through the enrichment chain; per language, how many get a category and which; per language pair, how often two",
                "articles the annotators judged the same event share a category, against unrelated pairs; and the mean tone of",
                "articles whose top category is bad news (disaster, conflict, crime) against the others."})
public final class EvalCategoriesCommand implements Callable<Integer> {

    @Option(names = "--dir", paramLabel = "DIR", description = "The set's folder, with pairs.jsonl and articles.jsonl (default ${DEFAULT-VALUE}).")
    Path dir = Path.of("../shared/benchmarks/news-similarity");

    @Option(names = "--file", paramLabel = "FILE.jsonl", description = "More articles (JSON lines with title and body, or text), counted by detected language.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--list", description = "Print each article's language, categories and title, to read.")
    boolean list;

    private final ObjectMapper json = new ObjectMapper();
    private final Enricher enricher = ArticlePipeline.withDefaults().enricher();
    private final LearnedDocumentFrequencies frequencies = new LearnedDocumentFrequencies(WordStats.get());

    @Override
    public Integer call() throws Exception {
        CategoryAgreement agreement = new CategoryAgreement();
        Map<String, List<String>> codes = new HashMap<>();
        for (JsonNode node : lines(dir.resolve("articles.jsonl"))) {
            Article article = enrich(node);
            codes.put(node.path("id").asText(), codes(article));
            agreement.article(article.getLanguage(), codes(article), article.getTone() == null ? null : article.getTone().getScore());
        }
        for (Path file : files) {
            for (JsonNode node : lines(file)) {
                Article article = enrich(node);
                agreement.article(article.getLanguage(), codes(article), article.getTone() == null ? null : article.getTone().getScore());
            }
        }
        for (JsonNode pair : lines(dir.resolve("pairs.jsonl"))) {
            List<String> a = codes.get(pair.path("id1").asText());
            List<String> b = codes.get(pair.path("id2").asText());
            if (a != null && b != null) {
                agreement.pair(pair.path("lang1").asText() + "-" + pair.path("lang2").asText(), pair.path("overall").asDouble(), a, b);
            }
        }
        System.out.print(agreement.report());
        return 0;
    }

    private Article enrich(JsonNode node) {
        String body = node.has("text") ? node.path("text").asText() : node.path("body").asText("");
        Article raw = Article.newBuilder().setId(node.path("id").asText("x")).setSource("eval").setTitle(node.path("title").asText(""))
                .setBody(body).setIngestedAt(Instant.EPOCH).setEventTime(Instant.EPOCH).build();
        Article article = enricher.enrich(raw, frequencies);
        if (list) {
            System.out.printf("%s %s %s | %s%n", article.getLanguage(), codes(article), article.getId(),
                    (article.getTitle().isEmpty() ? body : article.getTitle()).replace('\n', ' ').substring(0,
                            Math.min(90, (article.getTitle().isEmpty() ? body : article.getTitle()).length())));
        }
        return article;
    }

    private static List<String> codes(Article article) {
        return article.getCategories().stream().map(Category::getCode).toList();
    }

    private List<JsonNode> lines(Path file) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                nodes.add(json.readTree(line));
            }
        }
        return nodes;
    }
}
