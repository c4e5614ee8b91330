package org.synmap.connectome.barrelcortex;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.synmap.density.api.Lattice;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Structure;

/**
 * Everything the one-time precomputation produces, shared read-only by all samples and all
 * samplers: the morphology and its structure order, the cell grid, the candidate map, and
 * per (area, type) the sparse densities. Immutable.
 *
 * @param morphology  the postsynaptic cell (section ids, relPts and coordinates of candidates)
 * @param structures  the cell's structure order, which indexes candidate-map keys
 * @param grid        the cell grid (geometry only; values are zero)
 * @param candidates  the voxel → candidate-point map
 * @param populations per (area, type), areas in model order, types within an area in model
 *                    order: the order of the realization's blocks
 * @param facts       what {@link org.synmap.connectome.api.Embedding#describe()} reports, in order
 */
record EmbeddingData(Morphology morphology, List<Structure> structures, Lattice grid, CandidateMap candidates,
        List<Population> populations, Map<String, String> facts) {

    EmbeddingData {
        structures = List.copyOf(structures);
        populations = List.copyOf(populations);
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }

    /** The structure index of a candidate-map key. */
    int structureIndexOf(int key) {
        return key / grid.size();
    }

    /** The grid voxel (C-order index) of a candidate-map key. */
    int voxelOf(int key) {
        return key % grid.size();
    }
}
