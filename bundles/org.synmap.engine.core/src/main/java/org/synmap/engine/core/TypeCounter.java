package org.synmap.engine.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.synmap.connectome.api.Population;
import org.synmap.connectome.api.Realization;
import org.synmap.connectome.api.Synapse;
import org.synmap.connectome.api.SynapseBlock;
import org.synmap.engine.api.TypeCounts;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Structure;

/**
 * The counts every model's realization has, whatever the model: per presynaptic type, synapses,
 * connected cells and synapses per structure. They are what the engine prints and records per
 * sample; format-specific statistics (ISF's path lengths, convergence) belong to writers.
 */
final class TypeCounter {

    private TypeCounter() {
    }

    /** Counts per type, in the order types first appear among the populations. */
    static List<TypeCounts> count(Morphology morphology, List<Population> populations, Realization realization) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Boolean> excitatory = new LinkedHashMap<>();
        for (Population p : populations) {
            counts.putIfAbsent(p.type(), new int[5]);
            excitatory.putIfAbsent(p.type(), p.excitatory());
        }
        for (SynapseBlock b : realization.blocks()) {
            int[] c = counts.get(b.type());
            c[0] += b.size();
            c[1] += b.connectedCells();
            for (Synapse s : b.synapses()) {
                Structure structure = s.structure() != null ? s.structure()
                        : morphology.section(s.sectionId()).structure();
                c[switch (structure) {
                    case APICAL_DENDRITE -> 2;
                    case DENDRITE -> 3;
                    case SOMA -> 4;
                }]++;
            }
        }
        List<TypeCounts> out = new ArrayList<>(counts.size());
        counts.forEach((type, c) -> out.add(new TypeCounts(type, excitatory.get(type), c[0], c[1], c[2], c[3], c[4])));
        return out;
    }
}
