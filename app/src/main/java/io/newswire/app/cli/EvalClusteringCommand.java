package io.newswire.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.app.eval.ClusteringEvaluation;
import io.newswire.app.eval.ClusteringReport;
import io.newswire.app.eval.ClusteringScore;
import io.newswire.app.eval.LabelledSet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval-clustering", mixinStandardHelpOptions = true,
        description = {"Score story clustering on a labelled JSON-lines set (one article per line with id, title, body,",
                "published, source and a gold event label), run through the real topology without a broker.",
                "Prints pairwise and B-cubed precision/recall/F1 and NMI (as the benchmark's score.py computes them),",
                "the largest wrong merges and the most fragmented events."})
public final class EvalClusteringCommand implements Callable<Integer> {

    enum Order { given, shuffled }

    @Parameters(paramLabel = "FILE", description = "Labelled articles, one JSON object per line.")
    Path file;

    @Option(names = "--order", description = "Feed the articles in file order or shuffled (default: ${DEFAULT-VALUE}).")
    Order order = Order.given;

    @Option(names = "--seed", description = "Seed of the shuffle (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    @Mixin
    LabelledSetOptions input = new LabelledSetOptions();

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "A Newswire setting for this run, e.g. story.inactivity.hours=168 (repeatable).")
    Map<String, String> settings = new LinkedHashMap<>();

    @Option(names = "--predictions", paramLabel = "FILE", description = "Also write {article id: story id} as JSON, for score.py.")
    Path predictions;

    @Option(names = "--articles", paramLabel = "FILE", description = "Also write each article as enriched (JSON lines, no body), with its gold label and story.")
    Path articlesOut;

    @Option(names = "--writes", description = "Also print what the topology wrote per article, by topic (records and bytes before "
            + "compression; the evaluation commits after every article).")
    boolean writes;

    @Option(names = "--show", description = "Wrong merges and fragmented events to list (default: ${DEFAULT-VALUE}).")
    int show = 5;

    @Override
    public Integer call() throws Exception {
        ObjectMapper json = new ObjectMapper();
        LabelledSet set = input.read(file);
        if (order == Order.shuffled) {
            set = set.shuffled(seed);
        }
        List<String> lines = set.lines();
        Map<String, String> gold = set.gold();
        Path work = Files.createTempDirectory("newswire-eval-");
        long started = System.nanoTime();
        ClusteringEvaluation.Result result;
        try {
            result = new ClusteringEvaluation(Clock.systemUTC(), settings).run(lines, work);
        } finally {
            deleteRecursively(work);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        ClusteringScore score = ClusteringScore.of(gold, result.stories());
        System.out.printf(java.util.Locale.ROOT, "%s (%s order%s, %d articles, %.1f s, %d dead-lettered)%n", file, order,
                order == Order.shuffled ? ", seed " + seed : "", gold.size(), seconds, result.deadLetters());
        System.out.println(score.report());
        System.out.print(new ClusteringReport(gold, result.stories(), result.articles()).render(show));
        System.out.print(ClusteringReport.mixed("stories holding more than one gold event", gold, result.stories(), show));
        ClusteringScore storylines = ClusteringScore.of(gold, result.storylines());
        System.out.printf(java.util.Locale.ROOT, "storylines %d: pairwise P %.4f R %.4f F1 %.4f, bcubed P %.4f R %.4f F1 %.4f against the gold events%n",
                storylines.predictedClusters(), storylines.pairwiseP(), storylines.pairwiseR(), storylines.pairwiseF1(),
                storylines.bcubedP(), storylines.bcubedR(), storylines.bcubedF1());
        System.out.print(ClusteringReport.mixed("storylines holding more than one gold event", gold, result.storylines(), show));
        if (writes) {
            System.out.print(result.writes().report(lines.size()));
        }
        if (predictions != null) {
            json.writerWithDefaultPrettyPrinter().writeValue(predictions.toFile(), result.stories());
        }
        if (articlesOut != null) {
            try (var out = Files.newBufferedWriter(articlesOut, StandardCharsets.UTF_8)) {
                for (var article : result.articles().values()) {
                    var node = (com.fasterxml.jackson.databind.node.ObjectNode) io.newswire.app.print.AvroJson.toJson(article, article.getSchema());
                    node.remove("body");
                    node.remove("fingerprint");
                    node.put("gold", gold.get(article.getId()));
                    node.put("final_story", result.stories().get(article.getId()));
                    out.write(json.writeValueAsString(node));
                    out.newLine();
                }
            }
        }
        return 0;
    }

    static void deleteRecursively(Path dir) throws java.io.IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
