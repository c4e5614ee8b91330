package org.synmap.connectome.api;

import java.util.Objects;

/**
 * A presynaptic population of a model: the cells of one type (in one area, where the model has
 * areas). Presynaptic cells are numbered 0…{@code cells}−1 within their population; that index
 * is a synapse's {@link Synapse#presynapticCell()}.
 *
 * @param type       the presynaptic cell type, or the population's name in models without types
 * @param area       the area (column), or empty for models without areas
 * @param cells      number of presynaptic cells
 * @param excitatory whether its synapses are excitatory (else inhibitory)
 */
public record Population(String type, String area, int cells, boolean excitatory) {

    public Population {
        Objects.requireNonNull(type);
        Objects.requireNonNull(area);
        if (cells < 0) {
            throw new IllegalArgumentException(type + ": negative number of cells " + cells);
        }
    }

    /** ISF's synapse-type label: {@code type_area}, or the type alone without an area. */
    public String label() {
        return SynapseBlock.label(type, area);
    }
}
