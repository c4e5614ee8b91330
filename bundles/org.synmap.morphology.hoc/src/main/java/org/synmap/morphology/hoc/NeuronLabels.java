package org.synmap.morphology.hoc;

import java.util.Locale;

import org.synmap.morphology.api.Structure;

/**
 * Section labels for NEURON-style files, from the section name ignoring case. Unlike ISF's
 * substring rules, a name matches one label: axon before apical before dendrite before soma,
 * so {@code ApicalDendrite_3} is apical and {@code dend_soma_1} a dendrite.
 */
final class NeuronLabels {

    private NeuronLabels() {
    }

    /** True when the name marks an axon section, which is skipped as ISF skips axons. */
    static boolean isAxon(String name) {
        return name.toLowerCase(Locale.ROOT).contains("axon");
    }

    /** The structure the name denotes, or null when it names none. */
    static Structure of(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.contains("apic")) {
            return Structure.APICAL_DENDRITE;
        }
        if (n.contains("dend") || n.contains("basal")) {
            return Structure.DENDRITE;
        }
        if (n.contains("soma")) {
            return Structure.SOMA;
        }
        return null;
    }
}
