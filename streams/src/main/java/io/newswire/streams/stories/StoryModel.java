package io.newswire.streams.stories;

import io.newswire.avro.Article;
import io.newswire.config.UserFacingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which story an article joins, learned from labelled news (see {@link StoryModelTrainer}): a linear
 * ranker over the {@link StoryMatch} features picks the best candidate story, and a logistic model
 * decides whether the article joins it or starts a new story. Two models, as in Miranda et al. 2018,
 * because "which story fits best" and "does the best one fit at all" weigh the features differently
 * (the ranker compares candidates of one article, where the story's size and time say little).
 * The shipped weights are the resource {@code story-model.tsv}, written by {@code newswire train-stories}.
 */
public final class StoryModel {

    private static final String RESOURCE = "story-model.tsv";
    private final double[] rank;
    private final double[] join;
    private final double threshold;

    StoryModel(double[] rank, double[] join) {
        this(rank, join, 0.5);
    }

    /** @param threshold the join probability from which an article joins the best story */
    StoryModel(double[] rank, double[] join, double threshold) {
        if (rank.length != StoryMatch.FEATURES.size() || join.length != StoryMatch.FEATURES.size()) {
            throw new IllegalArgumentException("a story model has one weight per feature of " + StoryMatch.FEATURES);
        }
        this.rank = rank.clone();
        this.join = join.clone();
        this.threshold = threshold;
    }

    StoryModel withThreshold(double threshold) {
        return new StoryModel(rank, join, threshold);
    }

    private static final class Shipped {
        private static final StoryModel INSTANCE = readShipped();
    }

    /** The model trained on the public development sets and shipped with Newswire. */
    public static StoryModel shipped() {
        return Shipped.INSTANCE;
    }

    /** The shipped model, or the one in {@code path} when it is not blank. */
    public static StoryModel at(String path) {
        return path == null || path.isBlank() ? shipped() : read(Path.of(path));
    }

    private static StoryModel readShipped() {
        try (InputStream in = StoryModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the story model resource " + RESOURCE + " is missing");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static StoryModel read(Path path) {
        try {
            return parse(Files.readString(path), path.toString());
        } catch (IOException e) {
            throw new UserFacingException("Cannot read the story model " + path + ": " + e.getMessage());
        }
    }

    private static StoryModel parse(String text, String origin) {
        double[] rank = new double[StoryMatch.FEATURES.size()];
        double[] join = new double[StoryMatch.FEATURES.size()];
        boolean[][] seen = new boolean[2][StoryMatch.FEATURES.size()];
        double threshold = Double.NaN;
        try (BufferedReader lines = new BufferedReader(new java.io.StringReader(text))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length == 3 && cells[0].equals("decide") && cells[1].equals("threshold")) {
                    threshold = Double.parseDouble(cells[2]);
                    continue;
                }
                int which = cells.length == 3 ? List.of("rank", "join").indexOf(cells[0]) : -1;
                int feature = cells.length == 3 ? StoryMatch.FEATURES.indexOf(cells[1]) : -1;
                if (which < 0 || feature < 0) {
                    throw new UserFacingException(origin + ": expected \"rank|join<TAB>feature<TAB>weight\" with a feature of "
                            + StoryMatch.FEATURES + ", got: " + line);
                }
                (which == 0 ? rank : join)[feature] = Double.parseDouble(cells[2]);
                seen[which][feature] = true;
            }
        } catch (IOException | NumberFormatException e) {
            throw new UserFacingException(origin + ": not a story model: " + e.getMessage());
        }
        for (int m = 0; m < 2; m++) {
            for (int f = 0; f < seen[m].length; f++) {
                if (!seen[m][f]) {
                    throw new UserFacingException(origin + ": no " + (m == 0 ? "rank" : "join") + " weight for " + StoryMatch.FEATURES.get(f));
                }
            }
        }
        if (!(threshold > 0 && threshold < 1)) {
            throw new UserFacingException(origin + ": needs a line \"decide<TAB>threshold<TAB>p\" with 0 < p < 1");
        }
        return new StoryModel(rank, join, threshold);
    }

    public void write(Path path, List<String> comments) throws IOException {
        List<String> lines = new ArrayList<>();
        comments.forEach(c -> lines.add("# " + c));
        lines.add("# model\tfeature\tweight");
        lines.add(String.format(Locale.ROOT, "decide\tthreshold\t%.2f", threshold));
        for (int f = 0; f < rank.length; f++) {
            lines.add(String.format(Locale.ROOT, "rank\t%s\t%.6f", StoryMatch.FEATURES.get(f), rank[f]));
        }
        for (int f = 0; f < join.length; f++) {
            lines.add(String.format(Locale.ROOT, "join\t%s\t%.6f", StoryMatch.FEATURES.get(f), join[f]));
        }
        Files.write(path, lines, StandardCharsets.UTF_8);
    }

    /** The ranker's score of a candidate: only its order among one article's candidates means anything. */
    double rank(double[] features) {
        return dot(rank, features);
    }

    /** The probability that the article belongs to this story. */
    double join(double[] features) {
        return 1 / (1 + Math.exp(-dot(join, features)));
    }

    /** Whether an article joins a story it fits with this probability. */
    boolean joins(double probability) {
        return probability >= threshold;
    }

    double threshold() {
        return threshold;
    }

    /** Two enriched articles: the probability that the second joins a story of the first alone. */
    public double articles(Article a, Article b) {
        return join(StoryMatch.of(StoryVector.of(ArticleFeatures.of(b)), StoryVector.of(ArticleFeatures.of(a))));
    }

    private static double dot(double[] weights, double[] features) {
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * features[i];
        }
        return sum;
    }
}
