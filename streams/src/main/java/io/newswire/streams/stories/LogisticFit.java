package io.newswire.streams.stories;

import java.util.List;

/**
 * L2-regularised logistic regression fitted by Newton's method (iteratively reweighted least squares).
 * Written here rather than taken from a library because the models are a dozen weights fitted on at most
 * some hundred thousand rows: the kept libraries that have it (Smile, Tribuo) would add tens of megabytes for one
 * small solve, and Newton's method is exact and deterministic, so a retrained model is byte-identical.
 */
final class LogisticFit {

    private static final int ITERATIONS = 50;

    private LogisticFit() {
    }

    /**
     * Weights minimising the log loss of {@code rows} against {@code labels}, each row counting its
     * {@code weight} (the weights' mean is one row's share), plus {@code l2}·|w|²/2.
     */
    static double[] fit(List<double[]> rows, List<Boolean> labels, List<Double> weights, double l2) {
        int d = rows.get(0).length;
        double[] w = new double[d];
        double n = weights.stream().mapToDouble(Double::doubleValue).sum();
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            for (int r = 0; r < rows.size(); r++) {
                double[] x = rows.get(r);
                double weight = weights.get(r);
                double p = sigmoid(dot(w, x));
                double error = p - (labels.get(r) ? 1 : 0);
                double curvature = Math.max(p * (1 - p), 1e-9);
                for (int i = 0; i < d; i++) {
                    gradient[i] += weight * error * x[i] / n;
                    for (int j = 0; j < d; j++) {
                        hessian[i][j] += weight * curvature * x[i] * x[j] / n;
                    }
                }
            }
            for (int i = 0; i < d; i++) {
                gradient[i] += l2 * w[i];
                hessian[i][i] += l2;
            }
            double[] step = solve(hessian, gradient);
            double change = 0;
            for (int i = 0; i < d; i++) {
                w[i] -= step[i];
                change = Math.max(change, Math.abs(step[i]));
            }
            if (change < 1e-9) {
                break;
            }
        }
        return w;
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    static double dot(double[] w, double[] x) {
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            sum += w[i] * x[i];
        }
        return sum;
    }

    /** Solves a·x = b by Gaussian elimination with partial pivoting (a is positive definite here). */
    private static double[] solve(double[][] a, double[] b) {
        int d = b.length;
        double[][] m = new double[d][d + 1];
        for (int i = 0; i < d; i++) {
            System.arraycopy(a[i], 0, m[i], 0, d);
            m[i][d] = b[i];
        }
        for (int col = 0; col < d; col++) {
            int pivot = col;
            for (int r = col + 1; r < d; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            double[] swap = m[col];
            m[col] = m[pivot];
            m[pivot] = swap;
            for (int r = col + 1; r < d; r++) {
                double factor = m[r][col] / m[col][col];
                for (int c = col; c <= d; c++) {
                    m[r][c] -= factor * m[col][c];
                }
            }
        }
        double[] x = new double[d];
        for (int r = d - 1; r >= 0; r--) {
            double sum = m[r][d];
            for (int c = r + 1; c < d; c++) {
                sum -= m[r][c] * x[c];
            }
            x[r] = sum / m[r][r];
        }
        return x;
    }
}
