package org.synmap.output.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;


/** ISF's population distribution over samples (isf-spec §1.13 items 0–9). */
final class PopulationTable {

    private PopulationTable() {
    }

    static List<PopulationRow> of(List<SampleSummary> samples) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("a population summary needs at least one sample");
        }
        List<PopulationRow> rows = new ArrayList<>();
        for (SummaryRow first : samples.get(0).perType()) {
            rows.add(row(first.type(), rowsOf(samples, first.type())));
        }
        return rows;
    }

    /** The per-type row of {@code type} in every sample, in sample order. */
    static List<SummaryRow> rowsOf(List<SampleSummary> samples, String type) {
        List<SummaryRow> rows = new ArrayList<>(samples.size());
        for (int i = 0; i < samples.size(); i++) {
            SummaryRow r = samples.get(i).type(type);
            if (r == null) {
                throw new IllegalArgumentException("sample " + i + " has no summary row for type " + type);
            }
            rows.add(r);
        }
        return rows;
    }

    private static PopulationRow row(String type, List<SummaryRow> rows) {
        List<Double> v = new ArrayList<>(PopulationRow.VALUE_COUNT);
        pair(v, rows, SummaryRow::synapses);
        pair(v, rows, SummaryRow::meanPath);
        pair(v, rows, SummaryRow::sdPath);
        pair(v, rows, SummaryRow::connected);
        // ISF treats nPre as a fixed parameter: only its mean is reported.
        v.add(NumpyStats.mean(values(rows, SummaryRow::presynapticCells)));
        pair(v, rows, SummaryRow::convergence);
        pair(v, rows, SummaryRow::apicalSynapses);
        pair(v, rows, SummaryRow::apicalMeanPath);
        pair(v, rows, SummaryRow::apicalMeanPath); // bug Q8: ISF repeats the means where the SDs belong
        pair(v, rows, SummaryRow::apicalConnected);
        pair(v, rows, SummaryRow::apicalConvergence);
        pair(v, rows, SummaryRow::basalSynapses);
        pair(v, rows, SummaryRow::basalMeanPath);
        pair(v, rows, SummaryRow::basalMeanPath); // bug Q8
        pair(v, rows, SummaryRow::basalConnected);
        pair(v, rows, SummaryRow::basalConvergence);
        pair(v, rows, SummaryRow::somaSynapses);
        pair(v, rows, SummaryRow::somaConnected);
        pair(v, rows, SummaryRow::somaConvergence);
        return new PopulationRow(type, v);
    }

    /** Appends numpy's mean and population SD of one value across samples. */
    private static void pair(List<Double> out, List<SummaryRow> rows, ToDoubleFunction<SummaryRow> value) {
        double[] a = values(rows, value);
        out.add(NumpyStats.mean(a));
        out.add(NumpyStats.std(a));
    }

    /** One value per sample; NaN path statistics become ISF's placeholder -1.0 (quirk Q9). */
    static double[] values(List<SummaryRow> rows, ToDoubleFunction<SummaryRow> value) {
        double[] a = new double[rows.size()];
        for (int i = 0; i < a.length; i++) {
            double x = value.applyAsDouble(rows.get(i));
            a[i] = Double.isNaN(x) ? -1.0 : x;
        }
        return a;
    }
}
