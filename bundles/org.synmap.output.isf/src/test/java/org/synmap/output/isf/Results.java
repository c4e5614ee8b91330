package org.synmap.output.isf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.synmap.connectome.api.Population;
import org.synmap.connectome.api.Realization;
import org.synmap.connectome.api.SynapseBlock;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Section;
import org.synmap.morphology.api.Structure;
import org.synmap.output.api.EmbeddingResult;

/** Builds embedding results for writer tests. */
final class Results {

    private Results() {
    }

    /** A one-section stand-in morphology, for tests that only need the cell's name. */
    static Morphology namedCell(String name) {
        return namedCell(name, 1);
    }

    /**
     * A stand-in morphology with {@code sections} sections (a soma and a chain of 1 µm dendrites),
     * for tests that need the cell's name and valid section ids, not its shape.
     */
    static Morphology namedCell(String name, int sections) {
        List<Section> list = new ArrayList<>();
        list.add(new Section(0, "soma", Structure.SOMA, -1, Double.NaN, new double[] {0, 0, 0, 1, 0, 0},
                new double[] {1, 1}));
        for (int i = 1; i < sections; i++) {
            list.add(new Section(i, "dend_" + i, Structure.DENDRITE, i - 1, 1.0,
                    new double[] {i, 0, 0, i + 1, 0, 0}, new double[] {1, 1}));
        }
        return new Morphology(name, list);
    }

    /** A result of one realization; areas and types in order of first appearance, 10 cells each. */
    static EmbeddingResult withoutSummary(Morphology morphology, Realization r, String runId) {
        LinkedHashSet<String> areas = new LinkedHashSet<>();
        LinkedHashSet<String> types = new LinkedHashSet<>();
        for (SynapseBlock b : r.blocks()) {
            areas.add(b.area());
            types.add(b.type());
        }
        return new EmbeddingResult(morphology, "L5tt", "test", populations(new ArrayList<>(areas),
                new ArrayList<>(types), 10), r, List.of(), runId, Map.of());
    }

    /** Every (area, type) pair, areas outer, with {@code cells} cells each; all excitatory. */
    static List<Population> populations(List<String> areas, List<String> types, int cells) {
        List<Population> out = new ArrayList<>();
        for (String area : areas) {
            for (String type : types) {
                out.add(new Population(type, area, cells, true));
            }
        }
        return out;
    }
}
