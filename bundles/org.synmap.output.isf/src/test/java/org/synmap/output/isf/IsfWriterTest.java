package org.synmap.output.isf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.synmap.connectome.api.Realization;
import org.synmap.connectome.api.Synapse;
import org.synmap.connectome.api.SynapseBlock;
import org.synmap.lattice.amira.LandmarkWriter;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Section;
import org.synmap.morphology.api.Structure;
import org.synmap.output.api.EmbeddingResult;
import org.synmap.plugin.api.SynmapPlugin;
import org.synmap.output.summary.SampleSummary;
import org.synmap.output.summary.SummaryCalculator;

/**
 * A hand-made cell and realization with hand-worked expected files.
 *
 * <pre>
 * s0 soma      (0,0,0)-(10,0,0)
 * s1 dendrite  (10,0,0)-(10,50,0)-(10,100,0)  parent s0, path(x) = 100x
 * s2 apical    (0,0,0)-(0,-200,0)             parent s0, path(x) = 200x
 * VPM_C2:    cell 0 → s1@0.5 (no coordinates: traced point 1), cell 1 → s2@1 (coordinates given)
 * Custom_C2: cell 0 → s0@1.0000000000000002 (clamped to 1.0; point index 1)
 * L2_B1:     cell 0 → s1@1
 * </pre>
 * Areas in model order C2, B1; types VPM, Custom, L2; 10 presynaptic cells per pair.
 */
class IsfWriterTest {
    private static final double NAN = Double.NaN;

    @TempDir
    Path tmp;

    static Morphology cell() {
        return new Morphology("hand.swc", List.of(
                new Section(0, "soma", Structure.SOMA, -1, NAN, new double[] {0, 0, 0, 10, 0, 0}, new double[] {5, 5}),
                new Section(1, "dend", Structure.DENDRITE, 0, 1.0, new double[] {10, 0, 0, 10, 50, 0, 10, 100, 0},
                        new double[] {1, 1, 1}),
                new Section(2, "apic", Structure.APICAL_DENDRITE, 0, 0.0, new double[] {0, 0, 0, 0, -200, 0},
                        new double[] {1, 1})));
    }

    static Realization realization() {
        return new Realization(0, List.of(
                new SynapseBlock("C2", "VPM", List.of(new Synapse(1, -1, 0.5, null, NAN, NAN, NAN, 0, -1),
                        new Synapse(2, 1, 1.0, Structure.APICAL_DENDRITE, 0, -200, 0, 1, -1))),
                new SynapseBlock("C2", "Custom", List.of(new Synapse(0, 1, 1.0000000000000002, null, NAN, NAN, NAN, 0, -1))),
                new SynapseBlock("C2", "L2", List.of()),
                new SynapseBlock("B1", "L2", List.of(new Synapse(1, 2, 1.0, null, NAN, NAN, NAN, 0, -1)))));
    }

    static EmbeddingResult result(Map<String, Object> run) {
        List<String> areas = List.of("C2", "B1");
        List<String> types = List.of("VPM", "Custom", "L2");
        return new EmbeddingResult(cell(), "L5tt", "test", Results.populations(areas, types, 10), realization(),
                List.of(), "R1", run);
    }

    @Test
    void synAndConFiles() throws IOException {
        List<Path> files = new IsfWriter().write(result(Map.of()), tmp);
        assertEquals(List.of("hand_synapses_R1.syn", "hand_synapses_R1.con", "NumberOfConnectedCells.csv",
                "hand_summary_R1.csv"), files.stream().map(p -> p.getFileName().toString()).toList());
        assertEquals("# Synapse distribution file\n# corresponding to cell: hand.swc\n# Type - section - section.x\n\n"
                + "VPM_C2\t1\t0.5\nVPM_C2\t2\t1.0\nCustom_C2\t0\t1.0\nL2_B1\t1\t1.0\n", Files.readString(files.get(0)));
        assertEquals("# Anatomical connectivity realization file; only valid with synapse realization:\n"
                + "# hand_synapses_R1.syn\n# Type - cell ID - synapse ID\n\n"
                + "VPM_C2\t0\t0\nVPM_C2\t1\t1\nCustom_C2\t0\t0\nL2_B1\t0\t0\n", Files.readString(files.get(1)));
    }

    @Test
    void connectedCellsListFixedAndModelPairsSorted() throws IOException {
        Realization barrel = new Realization(0, realization().blocks().stream()
                .filter(b -> !b.type().equals("Custom")).toList());
        EmbeddingResult onlyIsfTypes = new EmbeddingResult(cell(), "L5tt", "test", Results.populations(
                List.of("C2", "B1"), List.of("VPM", "L2"), 10), barrel, List.of(), "R1", Map.of());
        List<String> lines = Files.readAllLines(new IsfWriter().write(onlyIsfTypes, tmp).get(2));
        assertEquals("Presynaptic column\tPresynaptic cell type\tConnected presynaptic cells", lines.get(0));
        // every type is one of ISF's barrel-cortex types: ISF's 24 × 22 fixed pairs
        assertEquals(1 + 24 * 22, lines.size());
        assertEquals("A1\tL1\t0", lines.get(1));
        assertEquals("Gamma\tVPM\t0", lines.get(lines.size() - 1));
        int b1 = lines.indexOf("B1\tL1\t0");
        assertEquals(List.of("B1\tL1\t0", "B1\tL2\t1"), lines.subList(b1, b1 + 2));
        assertTrue(lines.contains("C2\tVPM\t2"));
        assertTrue(lines.contains("C2\tL2\t0"));
    }

    /** A model with a type ISF does not know is not padded to ISF's barrel-cortex lists. */
    @Test
    void connectedCellsOfOtherModelsListOnlyTheirPopulations() throws IOException {
        List<String> lines = Files.readAllLines(new IsfWriter().write(result(Map.of()), tmp).get(2));
        assertEquals(List.of("Presynaptic column\tPresynaptic cell type\tConnected presynaptic cells",
                "B1\tCustom\t0", "B1\tL2\t1", "B1\tVPM\t0", "C2\tCustom\t1", "C2\tL2\t0", "C2\tVPM\t2"), lines);
    }

    /** Variant B (no population): two tables; types in ISF's order, the unknown one last. */
    @Test
    void sampleSummaryWithoutPopulation() throws IOException {
        List<String> lines = Files.readAllLines(new IsfWriter().write(result(Map.of()), tmp).get(3));
        String none = "0\t-1\t-1\t0\t0.0";
        assertEquals(List.of(
                "# connectivity per cell type summary",
                lines.get(1),
                "L2\t1\t100.0\t0.0\t1\t20\t0.05\t" + none + "\t1\t100.0\t0.0\t1\t0.05\t0\t0\t0.0",
                "VPM\t2\t125.0\t75.0\t2\t20\t0.1\t1\t200.0\t0.0\t1\t0.05\t1\t50.0\t0.0\t1\t0.05\t0\t0\t0.0",
                "Custom\t1\t0.0\t0.0\t1\t20\t0.05\t" + none + "\t" + none + "\t1\t1\t0.05",
                "",
                "# connectivity per column per cell type summary",
                "Presynaptic column\t" + lines.get(1),
                "B1\tL2\t1\t100.0\t0.0\t1\t10\t0.1\t" + none + "\t1\t100.0\t0.0\t1\t0.1\t0\t0\t0.0",
                "B1\tVPM\t0\t-1\t-1\t0\t10\t0.0\t" + none + "\t" + none + "\t0\t0\t0.0",
                "B1\tCustom\t0\t-1\t-1\t0\t10\t0.0\t" + none + "\t" + none + "\t0\t0\t0.0",
                "C2\tL2\t0\t-1\t-1\t0\t10\t0.0\t" + none + "\t" + none + "\t0\t0\t0.0",
                "C2\tVPM\t2\t125.0\t75.0\t2\t10\t0.2\t1\t200.0\t0.0\t1\t0.1\t1\t50.0\t0.0\t1\t0.1\t0\t0\t0.0",
                "C2\tCustom\t1\t0.0\t0.0\t1\t10\t0.1\t" + none + "\t" + none + "\t1\t1\t0.1"), lines);
        assertTrue(lines.get(1).startsWith("Presynaptic cell type\tNumber of synapses\t"));
        assertEquals(20, lines.get(1).split("\t").length);
    }

    @Test
    void populationSummaryHasThreeTables() throws IOException {
        EmbeddingResult one = result(Map.of());
        EmbeddingResult withPopulation = new EmbeddingResult(one.morphology(), "L5tt", "test", one.populations(),
                one.realization(), List.of(one.realization(), one.realization()), "R1", Map.of());
        List<String> lines = Files.readAllLines(new IsfWriter().write(withPopulation, tmp).get(3));
        assertEquals("# connectivity per cell type population summary", lines.get(0));
        assertEquals(38, lines.get(1).split("\t").length);
        // two equal samples: SDs 0.0; total presynaptic cells a single float; -1 placeholders as -1.0
        assertEquals("L2\t1.0\t0.0\t100.0\t0.0\t0.0\t0.0\t1.0\t0.0\t20.0\t0.05\t0.0\t0.0\t0.0\t-1.0\t0.0\t-1.0\t0.0"
                + "\t0.0\t0.0\t0.0\t0.0\t1.0\t0.0\t100.0\t0.0\t100.0\t0.0\t1.0\t0.0\t0.05\t0.0\t0.0\t0.0\t0.0\t0.0"
                + "\t0.0\t0.0", lines.get(2));
        assertEquals("Custom", lines.get(4).split("\t")[0]);
        assertEquals("", lines.get(5));
        assertEquals("# connectivity per cell type representative realization summary", lines.get(6));
        assertEquals("# connectivity per column per cell type summary", lines.get(12));
        assertEquals(20, lines.size());
    }

    @Test
    void landmarkFilesOnRequest() throws IOException {
        List<Path> files = new IsfWriter(new LandmarkWriter()).write(result(Map.of("landmarks", true)), tmp);
        assertEquals(2 * 3 * 4 + 4, files.size());
        assertEquals(tmp.resolve("total_synapses/hand_total_synapses_VPM_C2_R1.landmarkAscii"), files.get(0));
        assertEquals(tmp.resolve("soma_synapses/hand_soma_synapses_L2_B1_R1.landmarkAscii"), files.get(23));
        assertEquals("hand_synapses_R1.syn", files.get(24).getFileName().toString());
        for (Path f : files) {
            assertTrue(Files.isRegularFile(f), f.toString());
        }
        // s1@0.5 is traced point 1; the apical synapse carries its coordinates
        assertTrue(Files.readString(files.get(0)).endsWith("@1\n10.000000 50.000000 0.000000\n0.000000 -200.000000 0.000000\n"));
        assertTrue(Files.readString(files.get(1)).endsWith("@1\n0.000000 -200.000000 0.000000\n"));
        assertTrue(Files.readString(files.get(2)).endsWith("@1\n10.000000 50.000000 0.000000\n"));
        assertTrue(Files.readString(files.get(3)).contains("define Markers 0\n"));
        // Custom_C2's soma synapse: point index 1 of s0
        assertTrue(Files.readString(tmp.resolve("soma_synapses/hand_soma_synapses_Custom_C2_R1.landmarkAscii"))
                .endsWith("@1\n10.000000 0.000000 0.000000\n"));
    }

    @Test
    void noLandmarksUnlessAskedAndAnErrorWithoutAWriter() throws IOException {
        List<Path> files = new IsfWriter().write(result(Map.of("landmarks", "yes")), tmp);
        assertEquals(4, files.size());
        assertFalse(Files.exists(tmp.resolve("total_synapses")));
        IOException e = assertThrows(IOException.class, () -> new IsfWriter().write(result(Map.of("landmarks", true)), tmp));
        assertEquals("landmark files were requested, but no point-set writer named 'landmarkAscii' is installed",
                e.getMessage());
    }

    @Test
    void rewritingReplacesFilesAndLeavesNoTemporaries() throws IOException {
        IsfWriter writer = new IsfWriter();
        writer.write(result(Map.of()), tmp);
        List<Path> files = writer.write(result(Map.of()), tmp);
        List<Path> present = new ArrayList<>();
        try (var s = Files.list(tmp)) {
            s.forEach(present::add);
        }
        assertEquals(4, present.size());
        assertTrue(present.containsAll(files));
        assertEquals("isf", IsfWriter.class.getAnnotation(SynmapPlugin.class).name());
    }

    @ParameterizedTest
    @CsvSource({
        "86_C2_center.hoc, 86_C2_center",
        "CELL.HOC, CELL",
        "a.b.hoc, a.b",
        "cell.swc, cell",
        "cell, cell",
        ".hidden, .hidden",
    })
    void cellNames(String morphologyName, String cell) {
        assertEquals(cell, IsfNames.cell(morphologyName));
    }
}
