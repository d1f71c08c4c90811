package io.pipewright.monitor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A current categorical column compared with a reference profile by category label. Categories the
 * reference never had are appended with a reference count of zero; categories empty on both sides are
 * kept for PSI and Jensen-Shannon (they add nothing) and left out of chi-square (SciPy refuses zero
 * expected counts). Missing values are left out.
 */
public final class CategoricalComparison {
    private final List<String> categories;
    private final long[] reference;
    private final long[] current;

    private CategoricalComparison(List<String> categories, long[] reference, long[] current) {
        this.categories = List.copyOf(categories);
        this.reference = reference;
        this.current = current;
    }

    /**
     * @param labels the current column's labels; {@code codes} index into them (NaN = missing)
     */
    public static CategoricalComparison of(CategoricalColumnProfile profile, List<String> labels, double[] codes) {
        long[] byLabel = new long[labels.size()];
        for (double code : codes) {
            if (code == code) {
                byLabel[(int) code]++;
            }
        }
        return of(profile, labels, byLabel);
    }

    /**
     * @param byLabel how often each of the current column's labels occurs
     */
    public static CategoricalComparison of(CategoricalColumnProfile profile, List<String> labels, long[] byLabel) {
        if (profile.count() == 0) {
            throw new IllegalArgumentException("the reference column '" + profile.name() + "' has no values");
        }
        List<String> categories = new ArrayList<>(profile.categories());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < categories.size(); i++) {
            index.put(categories.get(i), i);
        }
        int[] map = new int[labels.size()];
        for (int i = 0; i < labels.size(); i++) {
            Integer at = index.get(labels.get(i));
            if (at == null) {
                at = categories.size();
                categories.add(labels.get(i));
                index.put(labels.get(i), at);
            }
            map[i] = at;
        }
        long[] current = new long[categories.size()];
        for (int i = 0; i < byLabel.length; i++) {
            current[map[i]] += byLabel[i];
        }
        long[] reference = new long[categories.size()];
        System.arraycopy(profile.counts(), 0, reference, 0, profile.counts().length);
        return new CategoricalComparison(categories, reference, current);
    }

    public List<String> categories() {
        return categories;
    }

    /** The reference's count per category of {@link #categories()} (zero for a category only the batch has). */
    public long[] referenceCounts() {
        return reference.clone();
    }

    /** The current batch's count per category of {@link #categories()}. */
    public long[] currentCounts() {
        return current.clone();
    }

    public long currentCount() {
        long n = 0;
        for (long c : current) {
            n += c;
        }
        return n;
    }

    public ChiSquare.Result chiSquare() {
        return ChiSquare.contingency(reference, current);
    }

    public double psi() {
        return PopulationStability.index(reference, current);
    }

    public double jensenShannon() {
        return JensenShannon.distance(reference, current);
    }
}
