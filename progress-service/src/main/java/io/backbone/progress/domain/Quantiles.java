package io.backbone.progress.domain;

import java.util.Arrays;

/** Median and quartiles by linear interpolation between order statistics (type 7, as in R and NumPy). */
public final class Quantiles {

    private Quantiles() {
    }

    public record Summary(double q1, double median, double q3, double mean) {
    }

    public static Summary of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (double v : sorted) {
            sum += v;
        }
        return new Summary(round(at(sorted, 0.25)), round(at(sorted, 0.5)), round(at(sorted, 0.75)), round(sum / sorted.length));
    }

    static double at(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
