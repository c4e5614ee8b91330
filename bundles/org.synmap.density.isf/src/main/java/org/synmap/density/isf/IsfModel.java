package org.synmap.density.isf;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.synmap.density.api.AnatomicalModel;
import org.synmap.density.api.BoutonLattice;
import org.synmap.density.api.CellClass;
import org.synmap.density.api.Lattice;
import org.synmap.density.api.PstConstants;

/** An anatomical model read from an ISF folder; immutable, bouton lattices load on demand. */
final class IsfModel implements AnatomicalModel {
    private final String name;
    private final NrCellsTable nrCells;
    private final Map<String, Integer> areaIndex = new HashMap<>();
    private final Map<String, Integer> typeIndex = new HashMap<>();
    private final ConnectionsTable connections;
    private final List<String> postsynapticTypes;
    private final Map<CellClass, Lattice> normalization;
    private final Map<String, Map<String, List<BoutonLattice>>> boutons;
    private final Map<String, String> provenance;

    IsfModel(String name, NrCellsTable nrCells, ConnectionsTable connections, Lattice excNormalization,
            Lattice inhNormalization, Map<String, Map<String, List<BoutonLattice>>> boutons,
            Map<String, String> provenance) {
        this.name = name;
        this.nrCells = nrCells;
        for (int a = 0; a < nrCells.areas().size(); a++) {
            areaIndex.put(nrCells.areas().get(a), a);
        }
        for (int t = 0; t < nrCells.types().size(); t++) {
            typeIndex.put(nrCells.types().get(t), t);
        }
        this.connections = connections;
        this.postsynapticTypes = connections.postsynapticTypes();
        this.normalization = new EnumMap<>(Map.of(CellClass.EXC, excNormalization, CellClass.INH, inhNormalization));
        this.boutons = boutons;
        this.provenance = Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> areas() {
        return nrCells.areas();
    }

    @Override
    public List<String> cellTypes() {
        return nrCells.types();
    }

    @Override
    public CellClass cellClass(String type) {
        requireType(type);
        return IsfCellTypes.classOf(type);
    }

    @Override
    public int cellCount(String area, String type) {
        return nrCells.count(requireType(type), requireArea(area));
    }

    @Override
    public List<String> postsynapticTypes() {
        return postsynapticTypes;
    }

    @Override
    public PstConstants pstConstants(CellClass presynapticClass, String postsynapticType) {
        PstConstants c = connections.constants().get(presynapticClass).get(postsynapticType);
        if (c == null) {
            throw new IllegalArgumentException(IsfLayout.CONNECTIONS + " has no " + presynapticClass
                    + " constants for postsynaptic type '" + postsynapticType + "'");
        }
        return c;
    }

    @Override
    public Lattice normalizationPst(CellClass cellClass) {
        return normalization.get(cellClass);
    }

    @Override
    public List<BoutonLattice> boutonLattices(String area, String type) {
        requireArea(area);
        requireType(type);
        return boutons.get(area).get(type);
    }

    @Override
    public Map<String, String> provenance() {
        return provenance;
    }

    private int requireArea(String area) {
        Integer a = areaIndex.get(area);
        if (a == null) {
            throw new IllegalArgumentException("unknown area '" + area + "'; " + IsfLayout.NR_CELLS + " lists "
                    + String.join(" ", nrCells.areas()));
        }
        return a;
    }

    private int requireType(String type) {
        Integer t = typeIndex.get(type);
        if (t == null) {
            throw new IllegalArgumentException("unknown cell type '" + type + "'; " + IsfLayout.NR_CELLS + " lists "
                    + String.join(" ", nrCells.types()));
        }
        return t;
    }

    @Override
    public String toString() {
        return "ISF model " + name;
    }
}
