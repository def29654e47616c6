package io.newswire.app.eval;

import java.util.HashMap;
import java.util.Map;

/**
 * Pairwise and B-cubed precision/recall/F1 and NMI of a clustering against gold labels, computed as
 * the benchmark's score.py does (NMI over the arithmetic mean of the entropies; a gold article with no
 * prediction is its own cluster), so figures printed here and figures from score.py agree.
 */
public record ClusteringScore(int articles, int goldClusters, int predictedClusters,
                              double pairwiseP, double pairwiseR, double bcubedP, double bcubedR, double nmi) {

    public static ClusteringScore of(Map<String, String> gold, Map<String, String> predicted) {
        Map<String, Integer> goldSize = new HashMap<>();
        Map<String, Integer> predSize = new HashMap<>();
        Map<String, Integer> joint = new HashMap<>();
        Map<String, String> pred = new HashMap<>();
        gold.forEach((id, label) -> {
            String cluster = predicted.containsKey(id) ? "c:" + predicted.get(id) : "missing:" + id;
            pred.put(id, cluster);
            goldSize.merge(label, 1, Integer::sum);
            predSize.merge(cluster, 1, Integer::sum);
            joint.merge(label + "\u0000" + cluster, 1, Integer::sum);
        });
        int n = gold.size();
        double tp = joint.values().stream().mapToDouble(ClusteringScore::pairs).sum();
        double pp = predSize.values().stream().mapToDouble(ClusteringScore::pairs).sum();
        double gp = goldSize.values().stream().mapToDouble(ClusteringScore::pairs).sum();
        double b3p = 0;
        double b3r = 0;
        for (Map.Entry<String, String> e : gold.entrySet()) {
            String cluster = pred.get(e.getKey());
            int both = joint.get(e.getValue() + "\u0000" + cluster);
            b3p += (double) both / predSize.get(cluster);
            b3r += (double) both / goldSize.get(e.getValue());
        }
        double hg = entropy(goldSize, n);
        double hp = entropy(predSize, n);
        double mi = 0;
        for (Map.Entry<String, Integer> e : joint.entrySet()) {
            String[] parts = e.getKey().split("\u0000", 2);
            double c = e.getValue();
            mi += c / n * Math.log(c * n / ((double) goldSize.get(parts[0]) * predSize.get(parts[1])));
        }
        double nmi = hg == 0 && hp == 0 ? 1.0 : hg + hp == 0 ? 0.0 : Math.max(0, mi / ((hg + hp) / 2));
        return new ClusteringScore(n, goldSize.size(), predSize.size(), pp == 0 ? 0 : tp / pp, gp == 0 ? 0 : tp / gp,
                b3p / n, b3r / n, nmi);
    }

    public double pairwiseF1() {
        return f1(pairwiseP, pairwiseR);
    }

    public double bcubedF1() {
        return f1(bcubedP, bcubedR);
    }

    public String report() {
        return String.format(java.util.Locale.ROOT, """
                articles %d   gold clusters %d   predicted clusters %d
                pairwise  P %.4f  R %.4f  F1 %.4f
                bcubed    P %.4f  R %.4f  F1 %.4f
                NMI       %.4f""", articles, goldClusters, predictedClusters, pairwiseP, pairwiseR, pairwiseF1(),
                bcubedP, bcubedR, bcubedF1(), nmi);
    }

    private static double pairs(int n) {
        return n * (n - 1) / 2.0;
    }

    private static double f1(double p, double r) {
        return p + r > 0 ? 2 * p * r / (p + r) : 0;
    }

    private static double entropy(Map<String, Integer> sizes, int n) {
        return -sizes.values().stream().mapToDouble(c -> (double) c / n * Math.log((double) c / n)).sum();
    }
}
