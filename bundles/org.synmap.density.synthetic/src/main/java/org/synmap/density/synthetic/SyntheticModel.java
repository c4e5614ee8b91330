package org.synmap.density.synthetic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.synmap.density.api.AnatomicalModel;
import org.synmap.density.api.BoutonLattice;
import org.synmap.density.api.CellClass;
import org.synmap.density.api.Lattice;
import org.synmap.density.api.PstConstants;

/** The generated anatomical model; immutable, bouton lattices are generated when loaded. */
final class SyntheticModel implements AnatomicalModel {
    private final GeneratorParameters parameters;
    private final CellCounts counts;
    private final Lattice excNormalization;
    private final Lattice inhNormalization;
    private final List<List<List<BoutonLattice>>> lattices; // [column][type] → handles
    private final List<String> areas;
    private final List<String> types;

    SyntheticModel(GeneratorParameters parameters) {
        this.parameters = parameters;
        ModelGrid grid = new ModelGrid(parameters.spacing());
        CellCounts full = CellCounts.full();
        this.counts = full.scaled(parameters.scale());
        this.excNormalization = NormalizationPst.build(grid, CellClass.EXC, full);
        this.inhNormalization = NormalizationPst.build(grid, CellClass.INH, full);
        this.areas = BarrelField.columns().stream().map(Column::name).toList();
        this.types = PresynapticTypes.ALL.stream().map(PresynapticType::name).toList();
        int nameWidth = Math.max(2, Integer.toString(parameters.densities() - 1).length());
        List<List<List<BoutonLattice>>> all = new ArrayList<>();
        for (int c = 0; c < areas.size(); c++) {
            List<List<BoutonLattice>> perColumn = new ArrayList<>();
            for (int t = 0; t < types.size(); t++) {
                List<BoutonLattice> handles = new ArrayList<>();
                for (int d = 0; d < parameters.densities(); d++) {
                    handles.add(new SyntheticBoutonLattice(grid, parameters.seed(), c, t, d, nameWidth));
                }
                perColumn.add(List.copyOf(handles));
            }
            all.add(List.copyOf(perColumn));
        }
        this.lattices = List.copyOf(all);
    }

    @Override
    public String name() {
        return SyntheticBarrelCortex.NAME + " " + parameters.describe();
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
        return PresynapticTypes.byName(type).cellClass();
    }

    @Override
    public int cellCount(String area, String type) {
        return counts.count(areaIndex(area), typeIndex(type));
    }

    @Override
    public List<String> postsynapticTypes() {
        return PstConstantTable.postsynapticTypes();
    }

    @Override
    public PstConstants pstConstants(CellClass presynapticClass, String postsynapticType) {
        return PstConstantTable.constants(presynapticClass, postsynapticType);
    }

    @Override
    public Lattice normalizationPst(CellClass cellClass) {
        return cellClass == CellClass.EXC ? excNormalization : inhNormalization;
    }

    @Override
    public List<BoutonLattice> boutonLattices(String area, String type) {
        return lattices.get(areaIndex(area)).get(typeIndex(type));
    }

    @Override
    public Map<String, String> provenance() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("source", SyntheticBarrelCortex.NAME);
        p.put("generator", "org.synmap.density.synthetic " + SyntheticBarrelCortex.GENERATOR_VERSION);
        p.put(GeneratorParameters.SEED, Long.toString(parameters.seed()));
        p.put(GeneratorParameters.SCALE, Double.toString(parameters.scale()));
        p.put(GeneratorParameters.DENSITIES, Integer.toString(parameters.densities()));
        p.put(GeneratorParameters.SPACING, Double.toString(parameters.spacing()));
        return Collections.unmodifiableMap(p);
    }

    private int areaIndex(String area) {
        int i = areas.indexOf(area);
        if (i < 0) {
            throw new IllegalArgumentException("unknown area '" + area + "' (the model has " + String.join(" ", areas) + ")");
        }
        return i;
    }

    private int typeIndex(String type) {
        int i = types.indexOf(type);
        if (i < 0) {
            throw new IllegalArgumentException("unknown cell type '" + type + "' (the model has " + String.join(" ", types) + ")");
        }
        return i;
    }
}
