package io.newswire.streams.enrich;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains a {@link NameTagger} from labelled text with the averaged perceptron (Collins 2002): greedy
 * decoding with the tagger's own previous tags, as at run time, weights averaged over every step so
 * that the last examples seen do not dominate. Each text is analysed by the same chain that tags it.
 */
public final class NameTaggerTrainer {

    /** A labelled name: character offsets into the text, end exclusive, and PER, ORG, LOC or MISC. */
    public record Gold(int start, int end, String type) {
    }

    private record Example(NameFeatures features, List<Token> tokens, int[] gold) {
    }

    private final TextAnalyzer analyzer = new TextAnalyzer();
    private final EntityExtractor rules;
    private final Gazetteer gazetteer;
    private final LanguageIdentifier languages;
    private final List<Example> examples = new ArrayList<>();

    public NameTaggerTrainer(Gazetteer gazetteer, WordStats words) {
        this.rules = new EntityExtractor(gazetteer, words, false);
        this.gazetteer = gazetteer;
        this.languages = new LanguageIdentifier(words);
    }

    public void add(String text, List<Gold> names) {
        AnalyzedText analysed = analyzer.analyze("", text);
        int offset = analysed.bodyStart();
        int[] gold = new int[analysed.tokens().size()];
        for (Gold name : names) {
            int type = 1 + 2 * List.of("PER", "ORG", "LOC", "MISC").indexOf(name.type());
            if (type < 1) {
                type = 7;
            }
            boolean begun = false;
            for (Token token : analysed.tokens()) {
                if (token.start() - offset >= name.start() && token.start() - offset < name.end()) {
                    gold[token.index()] = begun ? type + 1 : type;
                    begun = true;
                }
            }
        }
        // The language as the chain identifies it, so the rules' labels are the ones the tagger will see at run time.
        LanguageProfile language = LanguageProfile.of(languages.identify(analysed.tokens(), analysed.text()).code());
        RuleLabels labels = RuleLabels.of(analysed, rules.ruleGroups(analysed, language));
        examples.add(new Example(new NameFeatures(analysed, language, labels, gazetteer), analysed.tokens(), gold));
    }

    public int examples() {
        return examples.size();
    }

    /**
     * Features whose averaged weights all stay below this are left out of the model: a feature updated
     * once or twice barely moves a score, and every feature kept is a probe into a table that should stay
     * small enough for the cache. 1.0 halves the German model at no measurable loss (compared training on
     * documents 0 mod 4 and scoring 2 mod 4, inside the training half).
     */
    public static final double MIN_WEIGHT = 1.0;

    public NameTagger train(int epochs, long seed) {
        return train(epochs, seed, MIN_WEIGHT);
    }

    public NameTagger train(int epochs, long seed, double minWeight) {
        int tags = NameTagger.TAGS.size();
        Map<Long, double[]> weights = new HashMap<>();
        Map<Long, double[]> totals = new HashMap<>();
        Map<Long, long[]> stamps = new HashMap<>();
        long[] step = {1};
        long[] buffer = new long[NameFeatures.MAX];
        float[] scores = new float[tags];
        List<Example> order = new ArrayList<>(examples);
        Random random = new Random(seed);
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, random);
            for (Example example : order) {
                int previous = -1;
                int second = -1;
                for (int i = 0; i < example.tokens().size(); i++) {
                    Token token = example.tokens().get(i);
                    if (token.position() == 0) {
                        previous = -1;
                        second = -1;
                    }
                    int guess = 0;
                    if (NameFeatures.candidate(token) || previous > 0) {
                        int n = example.features().features(i, previous, second, buffer);
                        java.util.Arrays.fill(scores, 0f);
                        for (int f = 0; f < n; f++) {
                            double[] w = weights.get(buffer[f]);
                            if (w != null) {
                                for (int t = 0; t < tags; t++) {
                                    scores[t] += (float) w[t];
                                }
                            }
                        }
                        guess = NameTagger.best(scores, previous);
                        int truth = example.gold()[i];
                        if (guess != truth) {
                            for (int f = 0; f < n; f++) {
                                long key = buffer[f];
                                double[] w = weights.computeIfAbsent(key, k -> new double[tags]);
                                double[] total = totals.computeIfAbsent(key, k -> new double[tags]);
                                long[] stamp = stamps.computeIfAbsent(key, k -> new long[tags]);
                                update(w, total, stamp, truth, 1, step[0]);
                                update(w, total, stamp, guess, -1, step[0]);
                            }
                        }
                        step[0]++;
                    }
                    second = previous;
                    previous = guess;
                }
            }
        }
        Map<Long, float[]> averaged = new HashMap<>();
        weights.forEach((key, w) -> {
            double[] total = totals.get(key);
            long[] stamp = stamps.get(key);
            float[] row = new float[tags];
            boolean any = false;
            for (int t = 0; t < tags; t++) {
                double sum = total[t] + (step[0] - stamp[t]) * w[t];
                row[t] = (float) (sum / step[0]);
                any |= Math.abs(row[t]) >= minWeight;
            }
            if (any) {
                averaged.put(key, row);
            }
        });
        return new NameTagger(averaged);
    }

    private static void update(double[] w, double[] total, long[] stamp, int tag, int delta, long now) {
        total[tag] += (now - stamp[tag]) * w[tag];
        stamp[tag] = now;
        w[tag] += delta;
    }
}
