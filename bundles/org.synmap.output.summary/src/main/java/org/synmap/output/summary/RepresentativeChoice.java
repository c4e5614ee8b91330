package org.synmap.output.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;


/** ISF's choice of the representative sample (isf-spec §1.13). */
final class RepresentativeChoice {
    private static final double LIMIT = 2.0;

    private RepresentativeChoice() {
    }

    static Representative of(List<SampleSummary> samples) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("choosing a representative sample needs at least one sample");
        }
        List<String> types = new ArrayList<>();
        for (SummaryRow r : samples.get(0).perType()) {
            types.add(r.type());
        }
        List<int[]> counts = new ArrayList<>();
        for (int s = 0; s < samples.size(); s++) {
            int[] c = new int[types.size()];
            for (int t = 0; t < c.length; t++) {
                SummaryRow r = samples.get(s).type(types.get(t));
                if (r == null) {
                    throw new IllegalArgumentException("sample " + s + " has no summary row for type " + types.get(t));
                }
                c[t] = r.synapses();
            }
            counts.add(c);
        }
        return of(types, counts);
    }

    static Representative of(List<String> types, List<int[]> counts) {
        int n = counts.size();
        if (n == 0) {
            throw new IllegalArgumentException("choosing a representative sample needs at least one sample");
        }
        // ISF iterates the features in sorted type order; the sum of squares follows it.
        Integer[] order = new Integer[types.size()];
        for (int t = 0; t < order.length; t++) {
            order[t] = t;
        }
        Arrays.sort(order, (a, b) -> types.get(a).compareTo(types.get(b)));
        double[] distance = new double[n];
        boolean[] inside = new boolean[n];
        Arrays.fill(inside, true);
        for (int t : order) {
            double[] values = new double[n];
            for (int s = 0; s < n; s++) {
                values[s] = counts.get(s)[t];
            }
            double mean = NumpyStats.mean(values);
            double sd = NumpyStats.std(values);
            for (int s = 0; s < n; s++) {
                double z = sd == 0.0 ? 0.0 : (values[s] - mean) / sd;
                distance[s] += z * z;
                if (Math.abs(z) > LIMIT) {
                    inside[s] = false;
                }
            }
        }
        int best = -1;
        for (int s = 0; s < n; s++) {
            if (inside[s] && (best < 0 || distance[s] < distance[best])) {
                best = s;
            }
        }
        if (best >= 0) {
            return new Representative(best, true);
        }
        best = 0;
        for (int s = 1; s < n; s++) {
            if (distance[s] < distance[best]) {
                best = s;
            }
        }
        return new Representative(best, false);
    }
}
