package org.synmap.density.synthetic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Presynaptic cell counts per (column, type): each type's published total (isf-spec §2.4) split
 * over the columns in proportion to a smooth column weight, by the largest-remainder method, so
 * that type totals are exact and the grand total is 536,162.
 *
 * <p>The weight grows linearly from row A to row E (the real per-column totals run from ~12k in
 * row A to ~33k in row E) and is 8 % higher on arc 2 and 4 % on arcs 1 and 3 than on arc 4 and
 * the straddlers. This gives C2 ≈ 23.5k cells (real: 23,422).
 */
final class CellCounts {
    private final int[][] counts; // [column][type]

    private CellCounts(int[][] counts) {
        this.counts = counts;
    }

    /** The full model (scale 1). */
    static CellCounts full() {
        List<Column> columns = BarrelField.columns();
        List<PresynapticType> types = PresynapticTypes.ALL;
        double[] weight = new double[columns.size()];
        double weightSum = 0.0;
        for (int c = 0; c < columns.size(); c++) {
            weight[c] = weight(columns.get(c));
            weightSum += weight[c];
        }
        int[][] n = new int[columns.size()][types.size()];
        for (int t = 0; t < types.size(); t++) {
            int total = types.get(t).totalCells();
            double[] remainder = new double[columns.size()];
            int assigned = 0;
            for (int c = 0; c < columns.size(); c++) {
                double exact = total * weight[c] / weightSum;
                n[c][t] = (int) Math.floor(exact);
                remainder[c] = exact - n[c][t];
                assigned += n[c][t];
            }
            List<Integer> order = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                order.add(c);
            }
            // Largest remainder first; ties go to the earlier column, so the split is fully determined.
            order.sort(Comparator.comparingDouble((Integer c) -> -remainder[c]).thenComparingInt(c -> c));
            for (int k = 0; k < total - assigned; k++) {
                n[order.get(k)][t]++;
            }
        }
        return new CellCounts(n);
    }

    private static double weight(Column column) {
        double rowWeight = 13_400.0 + 4_600.0 * column.row();
        double arcFactor = column.arc() == 0 ? 1.0 : 1.0 + 0.04 * (2 - Math.abs(column.arc() - 2));
        return rowWeight * arcFactor;
    }

    /**
     * These counts scaled for quick runs: {@code max(1, round(n · scale))} per (column, type), so
     * that every pair keeps at least one cell and scale 1 returns the counts unchanged.
     */
    CellCounts scaled(double scale) {
        if (scale == 1.0) {
            return this;
        }
        int[][] n = new int[counts.length][];
        for (int c = 0; c < counts.length; c++) {
            n[c] = new int[counts[c].length];
            for (int t = 0; t < counts[c].length; t++) {
                n[c][t] = (int) Math.max(1, Math.round(counts[c][t] * scale));
            }
        }
        return new CellCounts(n);
    }

    /** Cells of type index {@code type} in column index {@code column}. */
    int count(int column, int type) {
        return counts[column][type];
    }
}
