package org.synmap.engine.api;

/**
 * What one presynaptic type contributes to a realization, summed over its areas.
 *
 * @param type           the presynaptic type (population name)
 * @param excitatory     whether its synapses are excitatory
 * @param synapses       synapses
 * @param connectedCells distinct connected presynaptic cells
 * @param apical         synapses on apical dendrites
 * @param basal          synapses on basal dendrites
 * @param soma           synapses on the soma
 */
public record TypeCounts(String type, boolean excitatory, int synapses, int connectedCells, int apical, int basal,
        int soma) {
}
