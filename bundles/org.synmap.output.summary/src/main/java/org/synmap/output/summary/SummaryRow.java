package org.synmap.output.summary;

/**
 * One row of ISF's per-sample connectivity summary (isf-spec §1.12), for one (column, type)
 * or, with a null column, for one type over all columns. Path-length statistics are NaN where
 * ISF writes its integer placeholder {@code -1} (no synapses of that kind).
 */
public record SummaryRow(
        String column,
        String type,
        int synapses,
        double meanPath,
        double sdPath,
        int connected,
        int presynapticCells,
        double convergence,
        int apicalSynapses,
        double apicalMeanPath,
        double apicalSdPath,
        int apicalConnected,
        double apicalConvergence,
        int basalSynapses,
        double basalMeanPath,
        double basalSdPath,
        int basalConnected,
        double basalConvergence,
        int somaSynapses,
        int somaConnected,
        double somaConvergence) {
}
