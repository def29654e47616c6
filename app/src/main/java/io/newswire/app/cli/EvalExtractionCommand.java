package io.newswire.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.app.eval.ExtractionScore;
import io.newswire.streams.parse.HtmlExtractor;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "eval-extraction", mixinStandardHelpOptions = true,
        description = {"Score HTML body extraction on the article-extraction benchmark (181 pages, human-checked bodies),",
                "with the benchmark's own shingle scoring; names the slowest and worst pages."})
public final class EvalExtractionCommand implements Callable<Integer> {

    @Option(names = "--benchmark-dir", paramLabel = "DIR", description = "Default: ../shared/benchmarks/article-extraction beside the repository.")
    Path dir;

    @Option(names = "--show", description = "How many worst and slowest pages to list (default ${DEFAULT-VALUE}).")
    int show = 5;

    private record Page(String id, double f1, double millis) {
    }

    @Override
    public Integer call() throws Exception {
        Path base = dir != null ? dir : Path.of(System.getProperty("newswire.home", "."), "..", "shared", "benchmarks", "article-extraction");
        JsonNode truth = new ObjectMapper().readTree(base.resolve("ground-truth.json").toFile());
        HtmlExtractor extractor = new HtmlExtractor();
        ExtractionScore score = new ExtractionScore();
        List<Page> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String html;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(base.resolve("html").resolve(entry.getKey() + ".html.gz")))) {
                html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            long start = System.nanoTime();
            HtmlExtractor.Extracted extracted = extractor.extract(html, entry.getValue().path("url").asText());
            double millis = (System.nanoTime() - start) / 1e6;
            pages.add(new Page(entry.getKey(), score.add(entry.getValue().path("articleBody").asText(), extracted.body()), millis));
        }
        System.out.println("Article-extraction benchmark, " + pages.size() + " pages: " + score.report());
        System.out.printf(Locale.ROOT, "median %.1f ms/page%n", pages.stream().mapToDouble(Page::millis).sorted().toArray()[pages.size() / 2]);
        System.out.println("Worst pages:");
        pages.stream().sorted(Comparator.comparingDouble(Page::f1)).limit(show)
                .forEach(p -> System.out.printf(Locale.ROOT, "  %s  F1 %.3f%n", p.id(), p.f1()));
        System.out.println("Slowest pages (first pages include JIT warm-up):");
        pages.stream().sorted(Comparator.comparingDouble(Page::millis).reversed()).limit(show)
                .forEach(p -> System.out.printf(Locale.ROOT, "  %s  %.1f ms%n", p.id(), p.millis()));
        return 0;
    }
}
