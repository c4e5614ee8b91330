package org.synmap.connectome.barrelcortex;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.synmap.density.api.AnatomicalModel;
import org.synmap.density.api.BoutonLattice;
import org.synmap.density.api.CellClass;
import org.synmap.density.api.Lattice;
import org.synmap.density.api.PstConstants;

/** A small in-memory anatomical model with one postsynaptic type, built in tests. */
final class TestModel implements AnatomicalModel {
    final AtomicInteger latticeLoads = new AtomicInteger();
    private final List<String> areas = new ArrayList<>();
    private final List<String> types = new ArrayList<>();
    private final Map<String, CellClass> classes = new HashMap<>();
    private final Map<String, Integer> counts = new HashMap<>();
    private final Map<String, List<BoutonLattice>> lattices = new LinkedHashMap<>();
    private final Map<CellClass, PstConstants> constants = new EnumMap<>(CellClass.class);
    private final Map<CellClass, Lattice> norm = new EnumMap<>(CellClass.class);
    private final String postType;

    TestModel(String postType, PstConstants exc, PstConstants inh, Lattice excNorm, Lattice inhNorm) {
        this.postType = postType;
        constants.put(CellClass.EXC, exc);
        constants.put(CellClass.INH, inh);
        norm.put(CellClass.EXC, excNorm);
        norm.put(CellClass.INH, inhNorm);
    }

    TestModel area(String area) {
        areas.add(area);
        return this;
    }

    TestModel type(String type, CellClass c) {
        types.add(type);
        classes.put(type, c);
        return this;
    }

    /** Sets the cell count and the bouton lattices of an (area, type). */
    TestModel population(String area, String type, int cells, Lattice... boutons) {
        counts.put(area + "/" + type, cells);
        List<BoutonLattice> list = new ArrayList<>();
        for (int i = 0; i < boutons.length; i++) {
            Lattice l = boutons[i];
            String name = area + "_" + type + "_" + i + ".am";
            list.add(new BoutonLattice() {
                @Override
                public String name() {
                    return name;
                }

                @Override
                public Lattice load() {
                    latticeLoads.incrementAndGet();
                    return l;
                }
            });
        }
        lattices.put(area + "/" + type, list);
        return this;
    }

    /** Sets the cell count and arbitrary bouton-lattice handles of an (area, type). */
    TestModel handles(String area, String type, int cells, List<BoutonLattice> handles) {
        counts.put(area + "/" + type, cells);
        lattices.put(area + "/" + type, handles);
        return this;
    }

    @Override
    public String name() {
        return "test-model";
    }

    @Override
    public List<String> areas() {
        return areas;
    }

    @Override
    public List<String> cellTypes() {
        return types;
    }

    @Override
    public CellClass cellClass(String type) {
        return classes.get(type);
    }

    @Override
    public int cellCount(String area, String type) {
        return counts.getOrDefault(area + "/" + type, 0);
    }

    @Override
    public List<String> postsynapticTypes() {
        return List.of(postType);
    }

    @Override
    public PstConstants pstConstants(CellClass presynapticClass, String postsynapticType) {
        if (!postsynapticType.equals(postType)) {
            throw new IllegalArgumentException("no constants for " + postsynapticType);
        }
        return constants.get(presynapticClass);
    }

    @Override
    public Lattice normalizationPst(CellClass cellClass) {
        return norm.get(cellClass);
    }

    @Override
    public List<BoutonLattice> boutonLattices(String area, String type) {
        return lattices.getOrDefault(area + "/" + type, List.of());
    }

    @Override
    public Map<String, String> provenance() {
        return Map.of();
    }
}
