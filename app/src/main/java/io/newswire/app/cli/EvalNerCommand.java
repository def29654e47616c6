package io.newswire.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.app.eval.NerDocuments;
import io.newswire.app.eval.NerScore;
import io.newswire.streams.ArticlePipeline;
import io.newswire.streams.enrich.Enricher;
import io.newswire.streams.enrich.EntityType;
import io.newswire.streams.enrich.ExtractedEntity;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval-ner", mixinStandardHelpOptions = true,
        description = {"Score people, organisations and places found by the enrichment chain on a named-entity set",
                "(one JSON document per line: id, text, entities with code-point start/end and type PER/ORG/LOC/MISC),",
                "exact match as the benchmark's score_ner.py computes it."})
public final class EvalNerCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE.jsonl", description = "The labelled set, e.g. ../shared/benchmarks/multilingual-ner/de-dev.jsonl.")
    Path file;

    @Option(names = "--language", paramLabel = "xx",
            description = "The set's language (ISO 639-1): reported beside the language the chain identifies for each document.")
    String language;

    @Option(names = "--predictions", paramLabel = "FILE", description = "Also write the predictions, one line per document, for score_ner.py.")
    Path predictions;

    @Option(names = "--show-errors", paramLabel = "N", description = "Also print the N most frequent missed and false names.")
    int showErrors;

    @Option(names = "--split", paramLabel = "PARTS:PART", converter = SplitConverter.class,
            description = "Score only the documents whose number modulo PARTS is PART, e.g. 2:1 for the half a tagger was not trained on (default: all).")
    NerDocuments.Split split = NerDocuments.Split.ALL;

    @Option(names = "--rules-only", description = "Leave the learned name taggers out: the rule-based chain alone.")
    boolean rulesOnly;

    @Override
    public Integer call() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Enricher enricher = rulesOnly ? Enricher.rulesOnly() : ArticlePipeline.withDefaults().enricher();
        NerScore score = new NerScore();
        Map<String, Integer> languages = new TreeMap<>();
        Map<String, Integer> missed = new HashMap<>();
        Map<String, Integer> wrong = new HashMap<>();
        long started = System.nanoTime();
        int documents = 0;
        try (BufferedWriter out = predictions == null ? null : Files.newBufferedWriter(predictions)) {
            for (NerDocuments.Document doc : NerDocuments.read(file, split)) {
                String text = doc.text();
                List<NerScore.Mention> gold = doc.gold();
                Enricher.Analysis analysis = enricher.analyse("", text);
                languages.merge(analysis.language().code(), 1, Integer::sum);
                List<NerScore.Mention> predicted = mentions(analysis, text);
                score.add(gold, predicted);
                documents++;
                if (showErrors > 0) {
                    countErrors(text, gold, predicted, missed, wrong);
                }
                if (out != null) {
                    ObjectNode node = json.createObjectNode().put("id", doc.id());
                    var entities = node.putArray("entities");
                    predicted.forEach(m -> entities.addObject().put("start", m.start()).put("end", m.end()).put("type", m.type()));
                    out.write(json.writeValueAsString(node));
                    out.newLine();
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "%s (%s%s): %d documents in %.1f s%s; languages identified %s%n", file.getFileName(), split,
                rulesOnly ? ", rules only" : "", documents, seconds, language == null ? "" : " (set language " + language + ")", languages);
        System.out.print(score.report());
        if (showErrors > 0) {
            System.out.println("Most frequent misses (gold type): " + top(missed));
            System.out.println("Most frequent false names (our type): " + top(wrong));
        }
        return 0;
    }

    /** The chain's entity mentions as typed code-point spans of the document's text. */
    static List<NerScore.Mention> mentions(Enricher.Analysis analysis, String text) {
        int offset = analysis.text().bodyStart();
        List<NerScore.Mention> mentions = new ArrayList<>();
        for (ExtractedEntity entity : analysis.entities()) {
            String type = type(entity.type());
            for (ExtractedEntity.Span span : entity.mentionSpans()) {
                int start = span.start() - offset;
                int end = span.end() - offset;
                if (start >= 0) {
                    mentions.add(new NerScore.Mention(text.codePointCount(0, start), text.codePointCount(0, end), type));
                }
            }
        }
        return mentions;
    }

    private static String type(EntityType type) {
        return switch (type) {
            case PERSON -> "PER";
            case ORGANIZATION -> "ORG";
            case LOCATION -> "LOC";
            default -> "MISC";
        };
    }

    private static void countErrors(String text, List<NerScore.Mention> gold, List<NerScore.Mention> predicted,
                                    Map<String, Integer> missed, Map<String, Integer> wrong) {
        for (NerScore.Mention g : gold) {
            if (NerScore.SCORED.contains(g.type()) && !predicted.contains(g)) {
                missed.merge(surface(text, g) + "/" + g.type(), 1, Integer::sum);
            }
        }
        for (NerScore.Mention p : predicted) {
            if (NerScore.SCORED.contains(p.type()) && !gold.contains(p)) {
                wrong.merge(surface(text, p) + "/" + p.type(), 1, Integer::sum);
            }
        }
    }

    private static String surface(String text, NerScore.Mention m) {
        return text.substring(text.offsetByCodePoints(0, m.start()), text.offsetByCodePoints(0, m.end()));
    }

    private String top(Map<String, Integer> counts) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(showErrors).map(e -> e.getKey() + " " + e.getValue()).toList().toString();
    }
}
