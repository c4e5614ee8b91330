package org.synmap.density.synthetic;

import java.io.IOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.synmap.density.api.AnatomicalModel;
import org.synmap.density.api.BoutonLattice;
import org.synmap.density.api.CellClass;
import org.synmap.density.api.Lattice;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Structure;

/**
 * Expected synapse counts of one embedding, without sampling (isf-spec §1.8, §1.10): per
 * (area, type), {@code (N/nD) Σ_d Σ_S Σ_v boutons_d(centre) · cellPST_S(v) / normPST(centre)}
 * over the cell grid. Voxels without traced points are counted too (ISF drops those, Q4; with
 * ~1 µm point spacing that is a small loss).
 */
final class ExpectedSynapses {
    /** Expected synapses per type, per structure; model type order. */
    final Map<String, Map<Structure, Double>> byType = new LinkedHashMap<>();
    /** Expected synapses per area; model area order. */
    final Map<String, Double> byArea = new LinkedHashMap<>();
    /** Expected synapses per type and area; model orders. */
    final Map<String, Map<String, Double>> byTypeAndArea = new LinkedHashMap<>();

    ExpectedSynapses(AnatomicalModel model, Morphology cell, String postsynapticType) throws IOException {
        Lattice exPst = model.normalizationPst(CellClass.EXC).cropToNonZero();
        Lattice inhPst = model.normalizationPst(CellClass.INH).cropToNonZero();
        CellTargets targets = new CellTargets(cell, exPst);
        Lattice grid = targets.grid;
        Map<CellClass, Map<Structure, double[]>> ratio = new EnumMap<>(CellClass.class);
        for (CellClass c : CellClass.values()) {
            Lattice norm = c == CellClass.EXC ? exPst : inhPst;
            Map<Structure, double[]> perStructure = new EnumMap<>(Structure.class);
            for (Structure s : targets.structures()) {
                double[] t = targets.targets(s, model.pstConstants(c, postsynapticType));
                for (int v = 0; v < t.length; v++) {
                    double n = norm.valueAt(centre(grid, v, 0), centre(grid, v, 1), centre(grid, v, 2));
                    t[v] = n > 0 ? t[v] / n : 0.0;
                }
                perStructure.put(s, t);
            }
            ratio.put(c, perStructure);
        }
        for (String type : model.cellTypes()) {
            byType.put(type, new EnumMap<>(Structure.class));
            byTypeAndArea.put(type, new LinkedHashMap<>());
        }
        for (String area : model.areas()) {
            double areaSum = 0.0;
            for (String type : model.cellTypes()) {
                Map<Structure, double[]> r = ratio.get(model.cellClass(type));
                var lattices = model.boutonLattices(area, type);
                double perLattice = (double) model.cellCount(area, type) / lattices.size();
                for (BoutonLattice handle : lattices) {
                    Lattice boutons = handle.load();
                    if (!boutons.overlaps(grid)) {
                        continue;
                    }
                    for (var e : r.entrySet()) {
                        double sum = 0.0;
                        double[] rv = e.getValue();
                        for (int v = 0; v < rv.length; v++) {
                            if (rv[v] == 0) {
                                continue;
                            }
                            double b = boutons.valueAt(centre(grid, v, 0), centre(grid, v, 1), centre(grid, v, 2));
                            if (!Double.isNaN(b)) {
                                sum += b * rv[v];
                            }
                        }
                        byType.get(type).merge(e.getKey(), perLattice * sum, Double::sum);
                        areaSum += perLattice * sum;
                        byTypeAndArea.get(type).merge(area, perLattice * sum, Double::sum);
                    }
                }
            }
            byArea.put(area, areaSum);
        }
    }

    /** Centre of flat voxel {@code v} of {@code grid} on {@code axis}. */
    private static double centre(Lattice grid, int v, int axis) {
        int nz = grid.nz();
        int ny = grid.ny();
        int idx = switch (axis) {
            case 0 -> v / (ny * nz);
            case 1 -> (v / nz) % ny;
            default -> v % nz;
        };
        return grid.voxelCenter(axis, idx);
    }

    double total(String type) {
        return byType.get(type).values().stream().mapToDouble(Double::doubleValue).sum();
    }

    double total(AnatomicalModel model, CellClass c) {
        return model.cellTypes().stream().filter(t -> model.cellClass(t) == c).mapToDouble(this::total).sum();
    }

    double total() {
        return byType.keySet().stream().mapToDouble(this::total).sum();
    }
}
