package io.newswire.app.cli;

import io.newswire.app.eval.ClusteringEvaluation;
import io.newswire.app.eval.LabelledSet;
import io.newswire.avro.Article;
import io.newswire.streams.stories.StoryModel;
import io.newswire.streams.stories.StoryModelTrainer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "train-stories", mixinStandardHelpOptions = true,
        description = {"Learn which story an article joins (the story model: a ranker and a join decision over the",
                "article-to-story similarities) from labelled sets in the eval-clustering format, enriched by the real chain.",
                "Write it to a file for story.model, or over streams/src/main/resources/io/newswire/streams/stories/story-model.tsv",
                "to ship it. Report a model on a set it was not trained on: eval-clustering OTHER.jsonl --set story.model=FILE."})
public final class TrainStoriesCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE.jsonl", arity = "1..*", description = "Labelled articles, one JSON object per line, in arrival order.")
    List<Path> files;

    @Mixin
    LabelledSetOptions input = new LabelledSetOptions();

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the model.")
    Path out;

    @Override
    public Integer call() throws Exception {
        List<Article> ordered = new ArrayList<>();
        Map<String, String> gold = new HashMap<>();
        Map<String, Double> weights = new HashMap<>();
        List<String> comments = new ArrayList<>();
        for (Path file : files) {
            LabelledSet set = input.read(file);
            Path work = Files.createTempDirectory("newswire-train-");
            try {
                ClusteringEvaluation.Result result = new ClusteringEvaluation(Clock.systemUTC(), Map.of()).run(set.lines(), work);
                for (Article article : result.articles().values()) {
                    ordered.add(article);
                    // Each set counts alike, however many articles it has: one set's kind of news must not drown another's.
                    weights.put(article.getId(), 1.0 / result.articles().size());
                    // Labels of different files never name one event.
                    gold.put(article.getId(), file.getFileName() + "#" + set.gold().get(article.getId()));
                }
            } finally {
                EvalClusteringCommand.deleteRecursively(work);
            }
            comments.add("trained on " + file.getFileName() + (input.where.isEmpty() ? "" : " where " + String.join(", ", input.where))
                    + ": " + set.gold().size() + " articles");
        }
        StoryModelTrainer.Result result = StoryModelTrainer.train(ordered, gold, weights);
        StoryModelTrainer.Report r = result.report();
        comments.add(String.format(Locale.ROOT, "ranker: own story first for %.3f of the articles with one; join decision right for %.3f of %d",
                r.rankAccuracy(), r.joinAccuracy(), r.joinExamples()));
        comments.add(String.format(Locale.ROOT, "join threshold %.2f: online replay B-cubed F1 %.4f on the training articles (no merges)",
                r.threshold(), r.replayBcubedF1()));
        comments.add("written by: newswire train-stories " + String.join(" ", files.stream().map(f -> f.getFileName().toString()).toList())
                + input.where.stream().map(w -> " --where " + w).reduce("", String::concat));
        result.model().write(out, comments);
        comments.forEach(System.out::println);
        System.out.println("model written to " + out);
        return 0;
    }
}
