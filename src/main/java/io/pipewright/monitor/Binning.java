package io.pipewright.monitor;

/**
 * Equal-width bins from a column's min to max, the last bin closed. A constant column (min = max) gets
 * one bin from min - 0.5 to max + 0.5, as numpy's histogram does.
 */
record Binning(double low, double high, int bins, double scale) {

    static Binning over(double min, double max, int bins) {
        if (min == max) {
            return new Binning(min - 0.5, max + 0.5, 1, 1.0);
        }
        return new Binning(min, max, bins, bins / (max - min));
    }

    /** The bin of a value known to lie in [low, high]. */
    int inRange(double v) {
        int b = (int) ((v - low) * scale);
        return b >= bins ? bins - 1 : Math.max(b, 0);
    }

    double width() {
        return (high - low) / bins;
    }

    double[] edges() {
        double[] edges = new double[bins + 1];
        for (int i = 0; i <= bins; i++) {
            edges[i] = low + (high - low) * i / bins;
        }
        edges[bins] = high;
        return edges;
    }
}
