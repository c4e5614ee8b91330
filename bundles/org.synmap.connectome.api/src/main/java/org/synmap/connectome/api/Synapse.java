package org.synmap.connectome.api;

import org.synmap.morphology.api.Structure;

/**
 * One synapse of a realization.
 *
 * @param sectionId       the postsynaptic section id
 * @param pointIndex      the traced point it sits on, or -1 when it lies between points or is
 *                        unknown (e.g. read from a .syn file)
 * @param x               relative position on the section in [0,1], by arc length
 * @param structure       the section's structure, or null when unknown
 * @param px              x coordinate (µm), NaN when unknown
 * @param py              y coordinate (µm), NaN when unknown
 * @param pz              z coordinate (µm), NaN when unknown
 * @param cellRank        rank of the presynaptic cell among the connected cells of its block
 *                        (0…K−1): ISF's {@code .con} cell id
 * @param presynapticCell index of the presynaptic cell within its population
 *                        (0…{@link Population#cells()}−1), stable for a given model and seed; -1
 *                        when unknown (e.g. read from ISF files, which hold only the rank)
 */
public record Synapse(int sectionId, int pointIndex, double x, Structure structure,
        double px, double py, double pz, int cellRank, int presynapticCell) {
}
