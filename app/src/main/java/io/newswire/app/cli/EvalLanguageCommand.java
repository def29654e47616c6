package io.newswire.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.streams.ArticlePipeline;
import io.newswire.streams.enrich.Enricher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval-language", mixinStandardHelpOptions = true,
        description = {"Language identification as the enrichment chain decides it, on texts of known language: JSON lines with",
                "a language field and a text field (whole texts, titles, or single lines of them with --lines)."})
public final class EvalLanguageCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE.jsonl")
    Path file;

    @Option(names = "--text-field", description = "Field with the text (default ${DEFAULT-VALUE}).")
    String textField = "text";

    @Option(names = "--language-field", description = "Field with the gold ISO 639-1 code (default ${DEFAULT-VALUE}).")
    String languageField = "language";

    @Option(names = "--language", paramLabel = "xx", description = "Gold language of every text, for sets without a language field.")
    String language;

    @Option(names = "--lines", description = "Identify each line of the text on its own (short texts: one sentence each).")
    boolean lines;

    @Override
    public Integer call() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Enricher enricher = ArticlePipeline.withDefaults().enricher();
        Map<String, int[]> byGold = new TreeMap<>();
        Map<String, Integer> confusions = new TreeMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = json.readTree(line);
            String gold = language != null ? language : node.path(languageField).asText();
            String text = node.path(textField).asText("");
            for (String sample : lines ? text.split("\n") : new String[] {text}) {
                if (sample.isBlank()) {
                    continue;
                }
                String found = enricher.analyse(sample, "").language().code();
                int[] counts = byGold.computeIfAbsent(gold, k -> new int[2]);
                counts[1]++;
                if (found.equals(gold)) {
                    counts[0]++;
                } else {
                    confusions.merge(gold + "→" + found, 1, Integer::sum);
                }
            }
        }
        int right = byGold.values().stream().mapToInt(c -> c[0]).sum();
        int all = byGold.values().stream().mapToInt(c -> c[1]).sum();
        System.out.printf(Locale.ROOT, "%s: %d of %d identified right (%.3f)%n", file.getFileName(), right, all, right / (double) all);
        byGold.forEach((gold, c) -> System.out.printf(Locale.ROOT, "  %-4s %5d of %5d  %.3f%n", gold, c[0], c[1], c[0] / (double) c[1]));
        System.out.println("  most frequent confusions: " + confusions.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(10).map(e -> e.getKey() + " " + e.getValue()).toList());
        return 0;
    }
}
