package org.synmap.output.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.synmap.output.api.SummaryRow;

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
        // ISF iterates the features in sorted type order; the sum of squares follows it.
        types.sort(null);
        int n = samples.size();
        double[] distance = new double[n];
        boolean[] inside = new boolean[n];
        Arrays.fill(inside, true);
        for (String type : types) {
            double[] counts = PopulationTable.values(PopulationTable.rowsOf(samples, type), SummaryRow::synapses);
            double mean = NumpyStats.mean(counts);
            double sd = NumpyStats.std(counts);
            for (int s = 0; s < n; s++) {
                double z = sd == 0.0 ? 0.0 : (counts[s] - mean) / sd;
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
