package org.synmap.connectome.barrelcortex.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.synmap.density.api.AnatomicalModel;
import org.synmap.density.api.BoutonLattice;
import org.synmap.density.api.CellClass;
import org.synmap.density.api.Lattice;
import org.synmap.density.api.PstConstants;
import org.synmap.morphology.api.Box;

/**
 * An in-memory barrel-cortex model of the real model's size, for benchmarks: the 24 columns
 * and 22 cell types of the real {@code nrCells.csv} with its per-type totals (536,162 cells),
 * 50 µm lattices, and per (column, type) a number of single-axon bouton lattices of 30 × 30 × 40
 * voxels holding a smooth blob around the column, generated on demand (nothing is cached, so
 * generating stands in for reading a file). Numbers are synthetic; only sizes are realistic.
 */
final class SyntheticBarrelField implements AnatomicalModel {
    static final double SPACING = 50.0;
    private static final int[] BOUTON_DIMS = {30, 30, 40};
    /** Column names of the real nrCells.csv, in its order. */
    private static final String[] COLUMNS = {"Alpha", "A1", "A2", "A3", "A4", "Beta", "B1", "B2", "B3", "B4",
        "Gamma", "C1", "C2", "C3", "C4", "Delta", "D1", "D2", "D3", "D4", "E1", "E2", "E3", "E4"};
    private static final String[] TYPES = {"L2", "L34", "L4py", "L4sp", "L4ss", "L5st", "L5tt", "L6cc", "L6ccinv",
        "L6ct", "VPM", "SymLocal1", "SymLocal2", "SymLocal3", "SymLocal4", "SymLocal5", "SymLocal6", "L1",
        "L23Trans", "L45Sym", "L45Peak", "L56Trans"};
    /** Per-type totals of the real nrCells.csv (isf-spec §2.4), in type order. */
    private static final int[] TYPE_TOTALS = {60913, 103961, 18941, 31827, 47254, 36056, 27630, 31526, 17561,
        86733, 6225, 7436, 4538, 13212, 4813, 1903, 4086, 1117, 5187, 5760, 6201, 13282};
    /** Depth of each type's axonal blob below the pia (µm). */
    private static final double[] TYPE_DEPTHS = {250, 450, 700, 700, 700, 950, 1100, 1350, 1350, 1500, 750, 300,
        500, 700, 900, 1150, 1400, 50, 400, 800, 750, 1200};
    /** Expected-count calibration: normalization PST values (targets per voxel) per class. */
    private static final double EXC_NORM = 3.0e4;
    private static final double INH_NORM = 1.8e4;

    private final double[] c2;
    private final double pia;
    private final int latticesPerPair;
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Lattice excNorm;
    private final Lattice inhNorm;

    /**
     * @param neuron          the postsynaptic cell's box: C2 is centred on it, the pia lies just
     *                        above it
     * @param latticesPerPair bouton lattices per (column, type)
     */
    SyntheticBarrelField(Box neuron, int latticesPerPair) {
        this.c2 = new double[] {snap((neuron.minX() + neuron.maxX()) / 2), snap((neuron.minY() + neuron.maxY()) / 2)};
        this.pia = snap(neuron.maxZ() + 100);
        this.latticesPerPair = latticesPerPair;
        distributeCells();
        excNorm = normalization(EXC_NORM);
        inhNorm = normalization(INH_NORM);
    }

    private static double snap(double v) {
        return SPACING * Math.round(v / SPACING);
    }

    /** Column centre relative to C2: rows A–E along y, arcs 1–4 along x, Greek straddlers at arc 0. */
    private static double[] columnOffset(int column) {
        String name = COLUMNS[column];
        int greek = List.of("Alpha", "Beta", "Gamma", "Delta").indexOf(name);
        if (greek >= 0) {
            return new double[] {-2 * 400, (greek - 1.5) * 400};
        }
        int row = name.charAt(0) - 'A';
        int arc = name.charAt(1) - '0';
        return new double[] {(arc - 2) * 400, (row - 2) * 400};
    }

    /** Spreads each type's real total over the columns with varying weights (largest remainder). */
    private void distributeCells() {
        double[] weight = new double[COLUMNS.length];
        double sum = 0;
        for (int c = 0; c < COLUMNS.length; c++) {
            weight[c] = 0.6 + 0.8 * ((c * 7) % COLUMNS.length) / (COLUMNS.length - 1.0);
            sum += weight[c];
        }
        for (int t = 0; t < TYPES.length; t++) {
            int[] n = new int[COLUMNS.length];
            double[] remainder = new double[COLUMNS.length];
            int assigned = 0;
            for (int c = 0; c < COLUMNS.length; c++) {
                double exact = TYPE_TOTALS[t] * weight[c] / sum;
                n[c] = (int) Math.floor(exact);
                remainder[c] = exact - n[c];
                assigned += n[c];
            }
            for (; assigned < TYPE_TOTALS[t]; assigned++) {
                int best = 0;
                for (int c = 1; c < COLUMNS.length; c++) {
                    if (remainder[c] > remainder[best]) {
                        best = c;
                    }
                }
                n[best]++;
                remainder[best] = -1;
            }
            for (int c = 0; c < COLUMNS.length; c++) {
                counts.put(COLUMNS[c] + "/" + TYPES[t], n[c]);
            }
        }
    }

    /** A normalization PST lattice covering all columns, 2.5 mm deep, smooth in depth. */
    private Lattice normalization(double level) {
        int[] dims = {80, 80, 50};
        double[] origin = {c2[0] - 2000, c2[1] - 2000, pia - 2450};
        double[] v = new double[dims[0] * dims[1] * dims[2]];
        for (int i = 0; i < dims[0]; i++) {
            for (int j = 0; j < dims[1]; j++) {
                for (int k = 0; k < dims[2]; k++) {
                    double depth = (dims[2] - k - 0.5) * SPACING;
                    v[(i * dims[1] + j) * dims[2] + k] = level * (1.0 + 0.4 * Math.sin(depth / 400));
                }
            }
        }
        return Lattice.of(dims, origin, new double[] {SPACING, SPACING, SPACING}, v);
    }

    /** Total presynaptic cells. */
    long totalCells() {
        long n = 0;
        for (int c : counts.values()) {
            n += c;
        }
        return n;
    }

    @Override
    public String name() {
        return "synthetic barrel field (24 columns, 22 types, " + latticesPerPair + " lattices per pair)";
    }

    @Override
    public List<String> areas() {
        return List.of(COLUMNS);
    }

    @Override
    public List<String> cellTypes() {
        return List.of(TYPES);
    }

    @Override
    public CellClass cellClass(String type) {
        int t = List.of(TYPES).indexOf(type);
        if (t < 0) {
            throw new IllegalArgumentException("unknown type " + type);
        }
        return t < 11 ? CellClass.EXC : CellClass.INH;
    }

    @Override
    public int cellCount(String area, String type) {
        return counts.getOrDefault(area + "/" + type, 0);
    }

    @Override
    public List<String> postsynapticTypes() {
        return List.of("L5tt");
    }

    /** ConnectionsV8 constants for postsynaptic L5tt (isf-spec §1.7). */
    @Override
    public PstConstants pstConstants(CellClass presynapticClass, String postsynapticType) {
        if (!postsynapticType.equals("L5tt")) {
            throw new IllegalArgumentException("no PST constants for " + postsynapticType);
        }
        return presynapticClass == CellClass.EXC ? new PstConstants(0, 1.68, 1.04, 0, 0, 0)
                : new PstConstants(0, 0, 0, 0.03, 0.03, 0.03);
    }

    @Override
    public Lattice normalizationPst(CellClass cellClass) {
        return cellClass == CellClass.EXC ? excNorm : inhNorm;
    }

    @Override
    public List<BoutonLattice> boutonLattices(String area, String type) {
        int column = List.of(COLUMNS).indexOf(area);
        int t = List.of(TYPES).indexOf(type);
        List<BoutonLattice> out = new ArrayList<>();
        for (int i = 0; i < latticesPerPair; i++) {
            long seed = ((long) column * TYPES.length + t) * 1000 + i;
            String name = area + "_" + type + "_" + i + ".am";
            out.add(new BoutonLattice() {
                @Override
                public String name() {
                    return name;
                }

                @Override
                public Lattice load() {
                    return blob(column, t, seed);
                }
            });
        }
        return out;
    }

    /**
     * A Gaussian blob of about 5,000 boutons around the column at the type's depth, jittered per
     * axon, on a 30 × 30 × 40 lattice aligned to the 50 µm grid; values under 10⁻³ of the peak are
     * zero. Separable, so generating costs O(voxels).
     */
    private Lattice blob(int column, int type, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] offset = columnOffset(column);
        double[] centre = {c2[0] + offset[0] + r.nextDouble(-150, 150), c2[1] + offset[1] + r.nextDouble(-150, 150),
            pia - TYPE_DEPTHS[type] + r.nextDouble(-100, 100)};
        double[] sigma = {250 + r.nextDouble(100), 250 + r.nextDouble(100), 300 + r.nextDouble(150)};
        double[] origin = new double[3];
        double[][] profile = new double[3][];
        double volume = 1;
        for (int a = 0; a < 3; a++) {
            origin[a] = snap(centre[a] - BOUTON_DIMS[a] * SPACING / 2);
            profile[a] = new double[BOUTON_DIMS[a]];
            for (int i = 0; i < BOUTON_DIMS[a]; i++) {
                double x = (origin[a] + (i + 0.5) * SPACING - centre[a]) / sigma[a];
                profile[a][i] = Math.exp(-0.5 * x * x);
            }
            volume *= Math.sqrt(2 * Math.PI) * sigma[a] / SPACING;
        }
        double peak = (4000 + r.nextDouble(2000)) / volume;
        double[] v = new double[BOUTON_DIMS[0] * BOUTON_DIMS[1] * BOUTON_DIMS[2]];
        for (int i = 0; i < BOUTON_DIMS[0]; i++) {
            for (int j = 0; j < BOUTON_DIMS[1]; j++) {
                double pij = profile[0][i] * profile[1][j];
                int base = (i * BOUTON_DIMS[1] + j) * BOUTON_DIMS[2];
                for (int k = 0; k < BOUTON_DIMS[2]; k++) {
                    double g = pij * profile[2][k];
                    v[base + k] = g < 1e-3 ? 0.0 : peak * g;
                }
            }
        }
        return Lattice.of(BOUTON_DIMS, origin, new double[] {SPACING, SPACING, SPACING}, v);
    }

    @Override
    public Map<String, String> provenance() {
        return Map.of("generator", "SyntheticBarrelField", "latticesPerPair", Integer.toString(latticesPerPair));
    }
}
