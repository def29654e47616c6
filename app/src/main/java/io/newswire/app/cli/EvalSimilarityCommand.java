package io.newswire.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.app.eval.ClusteringEvaluation;
import io.newswire.app.eval.SimilarityScore;
import io.newswire.avro.Article;
import io.newswire.streams.stories.StoryModel;
import io.newswire.streams.stories.StorySimilarity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "eval-similarity", mixinStandardHelpOptions = true,
        description = {"Score the story similarity on news-article pairs judged by annotators (SemEval-2022 Task 8 form):",
                "the articles go through the real topology (TopologyTestDriver, no broker); per language pair, the Pearson",
                "correlation of the story model's join probability (across languages: the linker's similarity) with the gold score, sign flipped,",
                "and how many same-event pairs ended in one story (or linked stories) and how many unrelated pairs did not."})
public final class EvalSimilarityCommand implements Callable<Integer> {

    @Option(names = "--dir", paramLabel = "DIR", description = "The set's folder, with pairs.jsonl and articles.jsonl (default ${DEFAULT-VALUE}).")
    Path dir = Path.of("../shared/benchmarks/news-similarity");

    @Option(names = "--pairs", paramLabel = "FILE", description = "Also write each pair with its score, gold score and whether it ended together, as JSON lines, to FILE (to read the errors).")
    Path pairsOut;

    @Override
    public Integer call() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> articleLines = Files.readAllLines(dir.resolve("articles.jsonl"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        Path work = Files.createTempDirectory("newswire-eval-");
        ClusteringEvaluation.Result result;
        try {
            result = new ClusteringEvaluation(Clock.systemUTC(), Map.of()).run(articleLines, work);
        } finally {
            EvalClusteringCommand.deleteRecursively(work);
        }
        SimilarityScore score = new SimilarityScore();
        StorySimilarity similarity = StorySimilarity.DEFAULT;
        StoryModel model = StoryModel.shipped();
        int missing = 0;
        List<String> scored = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("pairs.jsonl"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode pair = json.readTree(line);
            Article a = result.articles().get(pair.get("id1").asText());
            Article b = result.articles().get(pair.get("id2").asText());
            if (a == null || b == null) {
                missing++;
                continue;
            }
            String languages = pair.get("lang1").asText() + "-" + pair.get("lang2").asText();
            boolean monolingual = pair.get("lang1").asText().equals(pair.get("lang2").asText());
            double value = monolingual ? model.articles(a, b) : similarity.acrossLanguages(a, b);
            String storyA = result.stories().get(a.getId());
            boolean together = monolingual ? storyA != null && storyA.equals(result.stories().get(b.getId()))
                    : value >= StorySimilarity.LINK_THRESHOLD;
            score.add(languages, value, pair.get("overall").asDouble(), together);
            scored.add(json.writeValueAsString(Map.of("id1", a.getId(), "id2", b.getId(), "languages", languages,
                    "score", value, "overall", pair.get("overall").asDouble(), "together", together)));
        }
        if (pairsOut != null) {
            Files.write(pairsOut, scored, StandardCharsets.UTF_8);
        }
        System.out.printf("%s: %d articles (%d dead-lettered), pairs without both articles: %d%n", dir, articleLines.size(),
                result.deadLetters(), missing);
        System.out.print(score.report());
        return 0;
    }
}
