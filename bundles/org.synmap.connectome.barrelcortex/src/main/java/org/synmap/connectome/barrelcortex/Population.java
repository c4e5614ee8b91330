package org.synmap.connectome.barrelcortex;

import java.util.List;

import org.synmap.density.api.CellClass;

/**
 * The presynaptic cells of one (area, type) and the densities they choose among: each cell
 * picks one of {@link #densities()} uniformly, including densities without entries (ISF's
 * None), whose count is {@code nD}.
 *
 * @param area      the area (column)
 * @param type      the presynaptic cell type
 * @param cellClass the type's class
 * @param cellCount number of presynaptic cells N
 * @param densities one per bouton lattice, in the model's order
 */
record Population(String area, String type, CellClass cellClass, int cellCount, List<SparseDensity> densities) {

    Population {
        densities = List.copyOf(densities);
    }

    /** ISF's synapse-type label {@code type_area}. */
    String label() {
        return type + "_" + area;
    }

    /** Expected synapses per sample: {@code N · (1/nD) · Σ_d Λ_d}. */
    double expectedSynapses() {
        if (densities.isEmpty()) {
            return 0.0;
        }
        double sum = 0.0;
        for (SparseDensity d : densities) {
            sum += d.total();
        }
        return cellCount * sum / densities.size();
    }

    /**
     * Expected connected cells per sample: a cell that picked density d stays unconnected with
     * probability {@code exp(−Λ_d)}, so {@code E[K] = N · (1 − (1/nD) Σ_d exp(−Λ_d))}.
     */
    double expectedConnectedCells() {
        if (densities.isEmpty()) {
            return 0.0;
        }
        double unconnected = 0.0;
        for (SparseDensity d : densities) {
            unconnected += Math.exp(-d.total());
        }
        return cellCount * (1.0 - unconnected / densities.size());
    }

    /** Expected synapses per sample lost in voxels without traced points (quirk Q4). */
    double expectedLostSynapses() {
        if (densities.isEmpty()) {
            return 0.0;
        }
        double sum = 0.0;
        for (SparseDensity d : densities) {
            sum += d.lostLambda();
        }
        return cellCount * sum / densities.size();
    }
}
