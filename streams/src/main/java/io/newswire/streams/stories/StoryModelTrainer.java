package io.newswire.streams.stories;

import io.newswire.avro.Article;
import io.newswire.avro.internal.StoryState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Learns a {@link StoryModel} from articles labelled with their event, in arrival order. The articles are
 * replayed with the gold stories as they grow (each article meets the stories its event's earlier
 * articles built, and every other event's story of its language), so the models learn from the
 * situations the clusterer meets. The ranker is fitted on pairs (the article's own story against each
 * other candidate), the join model on each article's top-ranked candidate: join when it is the article's
 * own story, start a new one otherwise.
 */
public final class StoryModelTrainer {

    /** L2 strength: the sets are a few hundred events, so weights are kept from chasing single articles. */
    static final double L2 = 1e-3;
    static final int ONLINE_ROUNDS = 2;

    /** What the trainer saw and how well the fitted models do on it. */
    public record Report(int articles, int rankPairs, int joinExamples, double rankAccuracy, double joinAccuracy,
                         double threshold, double replayBcubedF1) {
    }

    public record Result(StoryModel model, Report report) {
    }

    private record Example(List<double[]> candidates, int gold, double weight) {
    }

    private StoryModelTrainer() {
    }

    /**
     * @param gold    each article's event label; articles without one are left out
     * @param weights how much each article counts (1 when absent): several sets can count alike however large
     */
    public static Result train(List<Article> ordered, Map<String, String> gold, Map<String, Double> weights) {
        List<Labelled> articles = labelled(ordered, gold, weights);
        List<Example> examples = replay(articles);
        List<double[]> pairs = new ArrayList<>();
        List<Boolean> pairLabels = new ArrayList<>();
        List<Double> pairWeights = new ArrayList<>();
        for (Example e : examples) {
            if (e.gold() < 0) {
                continue;
            }
            for (int c = 0; c < e.candidates().size(); c++) {
                if (c != e.gold()) {
                    // Both orders, so the fit is symmetric and needs no bias.
                    pairs.add(difference(e.candidates().get(e.gold()), e.candidates().get(c)));
                    pairLabels.add(true);
                    pairs.add(difference(e.candidates().get(c), e.candidates().get(e.gold())));
                    pairLabels.add(false);
                    pairWeights.add(e.weight());
                    pairWeights.add(e.weight());
                }
            }
        }
        double[] rank = pairs.isEmpty() ? new double[StoryMatch.FEATURES.size()] : LogisticFit.fit(pairs, pairLabels, pairWeights, L2);
        List<double[]> tops = new ArrayList<>();
        List<Boolean> joins = new ArrayList<>();
        List<Double> topWeights = new ArrayList<>();
        int ranked = 0;
        int rankedRight = 0;
        for (Example e : examples) {
            if (e.candidates().isEmpty()) {
                continue;
            }
            int top = best(rank, e.candidates());
            tops.add(e.candidates().get(top));
            joins.add(top == e.gold());
            topWeights.add(e.weight());
            if (e.gold() >= 0) {
                ranked++;
                rankedRight += top == e.gold() ? 1 : 0;
            }
        }
        double[] join = LogisticFit.fit(tops, joins, topWeights, L2);
        // The clusterer meets the stories it built itself, wrong joins included, not the gold ones: the join
        // model is refitted on what an online replay with the current model meets (as DAgger does), so it
        // learns how a story that already took a wrong article attracts more.
        List<double[]> online = new ArrayList<>();
        List<Boolean> onlineJoins = new ArrayList<>();
        List<Double> onlineWeights = new ArrayList<>();
        for (int round = 0; round < ONLINE_ROUNDS; round++) {
            online(articles, new StoryModel(rank, join), new Examples(online, onlineJoins, onlineWeights), new HashMap<>());
            List<double[]> rows = new ArrayList<>(tops);
            rows.addAll(online);
            List<Boolean> labels = new ArrayList<>(joins);
            labels.addAll(onlineJoins);
            List<Double> rowWeights = new ArrayList<>(topWeights);
            rowWeights.addAll(onlineWeights);
            join = LogisticFit.fit(rows, labels, rowWeights, L2);
        }
        int decidedRight = 0;
        for (int i = 0; i < tops.size(); i++) {
            decidedRight += LogisticFit.sigmoid(LogisticFit.dot(join, tops.get(i))) >= 0.5 == joins.get(i) ? 1 : 0;
        }
        // The join probability is fitted per decision; where to cut it is chosen for the stories it makes:
        // the threshold whose online replay scores best (B-cubed F1) on the training articles.
        StoryModel model = new StoryModel(rank, join);
        double bestF1 = -1;
        for (int step = 0; step <= 10; step++) {
            double threshold = 0.3 + 0.05 * step;
            Map<String, Integer> assigned = new HashMap<>();
            online(articles, model.withThreshold(threshold), new Examples(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()), assigned);
            double f1 = bcubedF1(assigned, gold, weights);
            // Ties go to the threshold nearest 0.5, where the probability means what it says.
            if (f1 > bestF1 + 1e-9 || (Math.abs(f1 - bestF1) <= 1e-9 && Math.abs(threshold - 0.5) < Math.abs(model.threshold() - 0.5))) {
                bestF1 = f1;
                model = model.withThreshold(threshold);
            }
        }
        Report report = new Report(examples.size(), pairs.size() / 2, tops.size(),
                ranked == 0 ? 0 : rankedRight / (double) ranked, tops.isEmpty() ? 0 : decidedRight / (double) tops.size(),
                model.threshold(), bestF1);
        return new Result(model, report);
    }

    /** An article with a gold event, as the trainer replays it. */
    private record Labelled(String id, ArticleFeatures features, StoryVector vector, String label, double weight) {
    }

    private static List<Labelled> labelled(List<Article> ordered, Map<String, String> gold, Map<String, Double> weights) {
        List<Labelled> labelled = new ArrayList<>();
        for (Article article : ordered) {
            if (gold.get(article.getId()) != null) {
                ArticleFeatures features = ArticleFeatures.of(article);
                // Stories stay within one language, as in the clusterer.
                labelled.add(new Labelled(article.getId(), features, StoryVector.of(features), features.language() + "/" + gold.get(article.getId()),
                        weights.getOrDefault(article.getId(), 1.0)));
            }
        }
        return labelled;
    }

    private static List<Example> replay(List<Labelled> articles) {
        Map<String, StoryState> stories = new HashMap<>();
        Map<String, String> languageOf = new HashMap<>();
        List<Example> examples = new ArrayList<>();
        for (Labelled article : articles) {
            ArticleFeatures features = article.features();
            String label = article.label();
            StoryVector vector = article.vector();
            List<double[]> candidates = new ArrayList<>();
            int own = -1;
            for (Map.Entry<String, StoryState> story : stories.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
                if (!languageOf.get(story.getKey()).equals(String.valueOf(features.language()))) {
                    continue;
                }
                StoryVector candidate = StoryVector.of(story.getValue());
                double[] match = StoryMatch.of(vector, candidate);
                // The clusterer only ever sees stories that share an indexed entity or word with the article.
                if ((match[1] > 0 || match[2] > 0) && StoryMatch.sameRegime(vector, candidate)) {
                    if (story.getKey().equals(label)) {
                        own = candidates.size();
                    }
                    candidates.add(match);
                }
            }
            examples.add(new Example(candidates, own, article.weight()));
            StoryState story = stories.get(label);
            if (story == null) {
                stories.put(label, StoryClusterer.newStory(features));
                languageOf.put(label, String.valueOf(features.language()));
            } else {
                StoryAccumulator.absorb(story, features);
            }
        }
        return examples;
    }

    private record Examples(List<double[]> rows, List<Boolean> labels, List<Double> weights) {
    }

    /**
     * Clusters the articles online with {@code model} as the clusterer does (without merges) and adds, for each
     * article with a candidate, the best-ranked story's features and whether that story is mostly the
     * article's own event.
     */
    private static void online(List<Labelled> articles, StoryModel model, Examples examples, Map<String, Integer> assigned) {
        List<StoryState> stories = new ArrayList<>();
        List<Map<String, Integer>> events = new ArrayList<>();
        for (Labelled article : articles) {
            ArticleFeatures features = article.features();
            String label = article.label();
            StoryVector vector = article.vector();
            int top = -1;
            double topRank = Double.NEGATIVE_INFINITY;
            double[] topMatch = null;
            boolean topSameRegime = false;
            for (int s = 0; s < stories.size(); s++) {
                if (!String.valueOf(stories.get(s).getStory().getLanguage()).equals(String.valueOf(features.language()))) {
                    continue;
                }
                StoryVector candidate = StoryVector.of(stories.get(s));
                double[] match = StoryMatch.of(vector, candidate);
                if ((match[1] > 0 || match[2] > 0) && model.rank(match) > topRank) {
                    top = s;
                    topRank = model.rank(match);
                    topMatch = match;
                    topSameRegime = StoryMatch.sameRegime(vector, candidate);
                }
            }
            if (top >= 0 && topSameRegime) {
                examples.rows().add(topMatch);
                examples.labels().add(label.equals(majority(events.get(top))));
                examples.weights().add(article.weight());
            }
            if (top >= 0 && model.joins(model.join(topMatch))) {
                StoryAccumulator.absorb(stories.get(top), features);
                events.get(top).merge(label, 1, Integer::sum);
                assigned.put(article.id(), top);
            } else {
                assigned.put(article.id(), stories.size());
                stories.add(StoryClusterer.newStory(features));
                events.add(new HashMap<>(Map.of(label, 1)));
            }
        }
    }

    /** B-cubed F1 of an assignment of articles to stories against their gold events, each article counting its weight. */
    static double bcubedF1(Map<String, Integer> assigned, Map<String, String> gold, Map<String, Double> weights) {
        Map<Integer, List<String>> byStory = new HashMap<>();
        Map<String, List<String>> byEvent = new HashMap<>();
        assigned.forEach((article, story) -> {
            byStory.computeIfAbsent(story, k -> new ArrayList<>()).add(article);
            byEvent.computeIfAbsent(gold.get(article), k -> new ArrayList<>()).add(article);
        });
        double precision = 0;
        double recall = 0;
        double total = 0;
        for (Map.Entry<String, Integer> a : assigned.entrySet()) {
            List<String> story = byStory.get(a.getValue());
            String event = gold.get(a.getKey());
            long both = story.stream().filter(other -> event.equals(gold.get(other))).count();
            double weight = weights.getOrDefault(a.getKey(), 1.0);
            precision += weight * both / story.size();
            recall += weight * both / byEvent.get(event).size();
            total += weight;
        }
        precision /= total;
        recall /= total;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static String majority(Map<String, Integer> events) {
        return events.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }

    private static int best(double[] rank, List<double[]> candidates) {
        int best = 0;
        for (int c = 1; c < candidates.size(); c++) {
            if (LogisticFit.dot(rank, candidates.get(c)) > LogisticFit.dot(rank, candidates.get(best))) {
                best = c;
            }
        }
        return best;
    }

    private static double[] difference(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i] - b[i];
        }
        return d;
    }
}
