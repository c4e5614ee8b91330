package org.synmap.density.isf;

import java.util.List;
import java.util.Map;

import org.synmap.density.api.AnatomicalModel;
import org.synmap.density.api.BoutonLattice;
import org.synmap.density.api.CellClass;
import org.synmap.density.api.Lattice;
import org.synmap.density.api.PstConstants;

/** A small anatomical model held in memory, for writer tests. Keys are "area/type". */
record InMemoryModel(List<String> areas, List<String> cellTypes, Map<String, CellClass> classes,
        Map<String, Integer> counts, List<String> postsynapticTypes, Map<CellClass, Map<String, PstConstants>> constants,
        Map<CellClass, Lattice> normalization, Map<String, List<Lattice>> boutons) implements AnatomicalModel {

    @Override
    public String name() {
        return "in-memory test model";
    }

    @Override
    public CellClass cellClass(String type) {
        return classes.get(type);
    }

    @Override
    public int cellCount(String area, String type) {
        return counts.get(area + "/" + type);
    }

    @Override
    public PstConstants pstConstants(CellClass presynapticClass, String postsynapticType) {
        return constants.get(presynapticClass).get(postsynapticType);
    }

    @Override
    public Lattice normalizationPst(CellClass cellClass) {
        return normalization.get(cellClass);
    }

    @Override
    public List<BoutonLattice> boutonLattices(String area, String type) {
        return boutons.get(area + "/" + type).stream().<BoutonLattice>map(l -> new BoutonLattice() {
            @Override
            public String name() {
                return "lattice";
            }

            @Override
            public Lattice load() {
                return l;
            }
        }).toList();
    }

    @Override
    public Map<String, String> provenance() {
        return Map.of();
    }
}
