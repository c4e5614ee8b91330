package org.synmap.connectome.barrelcortex;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.synmap.connectome.api.EmbeddingRequest;
import org.synmap.connectome.api.ProgressListener;
import org.synmap.density.api.AnatomicalModel;
import org.synmap.density.api.BoutonLattice;
import org.synmap.density.api.CellClass;
import org.synmap.density.api.Lattice;
import org.synmap.density.api.PstConstants;
import org.synmap.morphology.api.Box;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Structure;

/**
 * The one-time work of an embedding (isf-spec §1.2 step 2, §1.4–§1.9): PST lattices, cell grid,
 * length and area, candidate map, cell PST, and the synapse density of every bouton lattice.
 * Checks that can fail on user input run first, before any expensive step.
 */
final class Precomputation {
    private final EmbeddingRequest request;
    private final ProgressListener progress;
    private final Map<String, String> facts = new LinkedHashMap<>();

    private Precomputation(EmbeddingRequest request, ProgressListener progress) {
        this.request = request;
        this.progress = progress;
    }

    /**
     * @throws IllegalArgumentException when the morphology lies outside the EXC PST lattice, a
     *                                  PST lattice is all zero, or the model lacks PST constants
     */
    static EmbeddingData run(EmbeddingRequest request, ProgressListener progress) throws IOException {
        return new Precomputation(request, progress).run();
    }

    private EmbeddingData run() throws IOException {
        long start = System.nanoTime();
        AnatomicalModel model = request.data(AnatomicalModel.class);
        Morphology cell = request.morphology();
        Map<CellClass, PstConstants> constants = new EnumMap<>(CellClass.class);
        for (CellClass c : classesInUse(model)) {
            constants.put(c, model.pstConstants(c, request.postsynapticType()));
        }
        Map<CellClass, Lattice> norm = new EnumMap<>(CellClass.class);
        norm.put(CellClass.EXC, croppedPst(model, CellClass.EXC));
        for (CellClass c : constants.keySet()) {
            norm.computeIfAbsent(c, k -> croppedPst(model, k));
        }
        Lattice excPst = norm.get(CellClass.EXC);
        Lattice grid = CellGrid.of(excPst, cell.bounds());
        if (grid == null) {
            throw new IllegalArgumentException("morphology " + cell.name() + " (" + boxText(cell.bounds())
                    + ") lies entirely outside the EXC normalization PST lattice of model " + model.name() + " ("
                    + boxText(excPst.box()) + "); is it placed in the model's coordinates?");
        }
        long gridDone = System.nanoTime();

        List<Structure> structures = cell.structureOrder();
        progress.start("geometry", 3);
        LengthAreaDensity lengthArea = LengthAreaDensity.compute(cell, structures, grid);
        progress.advance(1);
        CandidateMap candidates = CandidateMap.build(cell, structures, grid);
        progress.advance(1);
        Map<CellClass, DensityKernel> kernels = new EnumMap<>(CellClass.class);
        for (Map.Entry<CellClass, PstConstants> e : constants.entrySet()) {
            double[][] cellPst = CellPst.compute(lengthArea, structures, e.getValue());
            kernels.put(e.getKey(), new DensityKernel(grid, cellPst, norm.get(e.getKey()), candidates));
        }
        progress.advance(1);
        progress.finish();
        reportClipping(cell, excPst, lengthArea);
        long geometryDone = System.nanoTime();

        List<Population> populations = densities(model, kernels);
        long densitiesDone = System.nanoTime();

        describeGrid(grid, candidates);
        describeLengths(structures, lengthArea, cell);
        describeDensities(populations);
        facts.put("time.gridMs", millis(start, gridDone));
        facts.put("time.geometryMs", millis(gridDone, geometryDone));
        facts.put("time.densitiesMs", millis(geometryDone, densitiesDone));
        facts.put("time.precomputeMs", millis(start, densitiesDone));
        return new EmbeddingData(cell, structures, grid, candidates, populations, facts);
    }

    /** The classes of the model's presynaptic types: only their PST lattices are needed. */
    private static List<CellClass> classesInUse(AnatomicalModel model) {
        List<CellClass> out = new ArrayList<>();
        for (CellClass c : CellClass.values()) {
            for (String type : model.cellTypes()) {
                if (model.cellClass(type) == c) {
                    out.add(c);
                    break;
                }
            }
        }
        return out;
    }

    private static Lattice croppedPst(AnatomicalModel model, CellClass c) {
        Lattice cropped = model.normalizationPst(c).cropToNonZero();
        if (cropped == null) {
            throw new IllegalArgumentException("the " + c + " normalization PST lattice of model " + model.name()
                    + " is all zero");
        }
        return cropped;
    }

    /**
     * ISF's grid silently clips a cell that sticks out of the PST lattice (and its unchecked
     * indices may wrap around, quirk Q6); here the parts outside are dropped and reported.
     */
    private void reportClipping(Morphology cell, Lattice excPst, LengthAreaDensity lengthArea) {
        if (CellGrid.contains(excPst.box(), cell.bounds())) {
            return;
        }
        double total = cell.totalLength();
        double dropped = total - lengthArea.totalClipped();
        String message = String.format(Locale.ROOT,
                "morphology %s (%s) extends beyond the EXC normalization PST lattice (%s): "
                        + "%.3f of %.3f µm of dendrite (%.2f %%) lie outside the grid and get no synapses",
                cell.name(), boxText(cell.bounds()), boxText(excPst.box()), dropped, total, 100 * dropped / total);
        progress.note(message);
        facts.put("droppedLength", fmt(dropped));
    }

    private List<Population> densities(AnatomicalModel model, Map<CellClass, DensityKernel> kernels)
            throws IOException {
        List<ParallelDensities.Job> jobs = new ArrayList<>();
        List<String[]> pairs = new ArrayList<>();
        List<int[]> ranges = new ArrayList<>();
        for (String area : model.areas()) {
            for (String type : model.cellTypes()) {
                DensityKernel kernel = kernels.get(model.cellClass(type));
                int first = jobs.size();
                for (BoutonLattice lattice : model.boutonLattices(area, type)) {
                    jobs.add(new ParallelDensities.Job(lattice, kernel, area + "/" + type));
                }
                pairs.add(new String[] {area, type});
                ranges.add(new int[] {first, jobs.size()});
            }
        }
        SparseDensity[] results = ParallelDensities.compute(jobs, request.threads(), progress);
        List<Population> populations = new ArrayList<>(pairs.size());
        for (int p = 0; p < pairs.size(); p++) {
            String area = pairs.get(p)[0];
            String type = pairs.get(p)[1];
            int[] range = ranges.get(p);
            populations.add(new Population(area, type, model.cellClass(type), model.cellCount(area, type),
                    Arrays.asList(results).subList(range[0], range[1])));
        }
        return populations;
    }

    private void describeGrid(Lattice grid, CandidateMap candidates) {
        facts.put("grid.dims", CellGrid.dimsLabel(grid));
        facts.put("grid.voxels", Integer.toString(grid.size()));
        facts.put("grid.origin", fmt(grid.origin(0)) + "," + fmt(grid.origin(1)) + "," + fmt(grid.origin(2)));
        facts.put("grid.spacing", fmt(grid.spacing(0)) + "," + fmt(grid.spacing(1)) + "," + fmt(grid.spacing(2)));
        facts.put("grid.voxelsWithPoints", Integer.toString(candidates.voxelsWithPoints()));
    }

    private void describeLengths(List<Structure> structures, LengthAreaDensity lengthArea, Morphology cell) {
        for (int s = 0; s < structures.size(); s++) {
            facts.put("clippedLength." + structures.get(s).label(), fmt(lengthArea.clippedLength()[s]));
        }
        facts.put("clippedLength.total", fmt(lengthArea.totalClipped()));
        facts.put("morphologyLength.total", fmt(cell.totalLength()));
    }

    private void describeDensities(List<Population> populations) {
        int lattices = 0;
        int[] byKind = new int[SparseDensity.Kind.values().length];
        long cells = 0;
        double synapses = 0;
        double connected = 0;
        double lost = 0;
        for (Population p : populations) {
            cells += p.cellCount();
            synapses += p.expectedSynapses();
            connected += p.expectedConnectedCells();
            lost += p.expectedLostSynapses();
            for (SparseDensity d : p.densities()) {
                lattices++;
                byKind[d.kind().ordinal()]++;
            }
        }
        facts.put("presynapticCells", Long.toString(cells));
        facts.put("densities.lattices", Integer.toString(lattices));
        facts.put("densities.nonNone", Integer.toString(byKind[SparseDensity.Kind.OVERLAPPING.ordinal()]));
        facts.put("densities.none", Integer.toString(byKind[SparseDensity.Kind.NO_OVERLAP.ordinal()]
                + byKind[SparseDensity.Kind.ALL_ZERO.ordinal()]));
        facts.put("densities.allZeroLattices", Integer.toString(byKind[SparseDensity.Kind.ALL_ZERO.ordinal()]));
        facts.put("expected.synapsesPerSample", fmt(synapses));
        facts.put("expected.connectedCellsPerSample", fmt(connected));
        facts.put("expected.synapsesLostWithoutPoints", fmt(lost));
    }

    private static String boxText(Box b) {
        return String.format(Locale.ROOT, "x %.3f..%.3f, y %.3f..%.3f, z %.3f..%.3f µm", b.minX(), b.maxX(),
                b.minY(), b.maxY(), b.minZ(), b.maxZ());
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }

    private static String millis(long from, long to) {
        return Long.toString((to - from) / 1_000_000);
    }
}
