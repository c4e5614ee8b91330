package org.synmap.morphology.hoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synmap.morphology.api.Box;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Section;
import org.synmap.morphology.api.Structure;
import org.synmap.test.support.SharedData;

/** The shipped ISF morphologies against the figures of isf-spec §3.1. */
class RealHocFilesTest {
    private static final String C2_CENTER = "isf-data/morphologies/86_C2_center.hoc";
    private static final String SIMRUN = "isf-data/test-simrun-embedding/"
            + "86_L5_CDK20041214_nr3L5B_dend_PC_neuron_transform_registered_C2";

    @Test
    void c2CenterMatchesIsfStatistics() throws IOException {
        Morphology m = new HocReader(HocRules.ISF).read(SharedData.require(C2_CENTER));
        assertEquals(List.of(), m.warnings());
        assertEquals("86_C2_center.hoc", m.name());
        assertCounts(m, 167, 1, 87, 79);
        assertEquals(13_962, m.pointCount());
        assertEquals(44, points(m, Structure.SOMA));
        assertEquals(7_585, points(m, Structure.DENDRITE));
        assertEquals(6_333, points(m, Structure.APICAL_DENDRITE));
        Map<Structure, Double> length = m.lengthByStructure();
        assertEquals(22.16188, length.get(Structure.SOMA), 1e-6);
        assertEquals(6425.986823, length.get(Structure.DENDRITE), 1e-6);
        assertEquals(8842.237532, length.get(Structure.APICAL_DENDRITE), 1e-6);
        assertEquals(15290.386236, m.totalLength(), 1e-6);
        Box b = m.bounds();
        assertEquals(-399.045, b.minX(), 5e-4);
        assertEquals(281.182, b.maxX(), 5e-4);
        assertEquals(116.942, b.minY(), 5e-4);
        assertEquals(687.571, b.maxY(), 5e-4);
        assertEquals(-504.455, b.minZ(), 5e-4);
        assertEquals(692.903, b.maxZ(), 5e-4);
        assertEquals(List.of(Structure.SOMA, Structure.DENDRITE, Structure.APICAL_DENDRITE), m.structureOrder());
        // isf-spec §2.1 excerpt: the first dendrite attaches to the soma at 0.187136.
        Section dend = m.section(1);
        assertEquals("dend_1_0", dend.name());
        assertEquals(0, dend.parentId());
        assertEquals(0.187136, dend.parentX());
        assertEquals(-124.130653, dend.x(0));
        assertEquals(1.24, dend.diameter(0));
    }

    @Test
    void c89MatchesIsfStatistics() throws IOException {
        Morphology m = new HocReader(HocRules.ISF).read(SharedData.require("isf-data/morphologies/89_C2.hoc"));
        assertCounts(m, 126, 1, 51, 74);
        assertEquals(17_282, m.pointCount());
        Map<Structure, Double> length = m.lengthByStructure();
        assertEquals(17.10, length.get(Structure.SOMA), 0.005);
        assertEquals(5695.87, length.get(Structure.DENDRITE), 0.005);
        assertEquals(7242.73, length.get(Structure.APICAL_DENDRITE), 0.005);
        assertEquals(12955.70, m.totalLength(), 0.005);
        assertTrue(m.section(1).name().startsWith("BasalDendrite"), "89_C2 names its basal sections BasalDendrite_*");
    }

    @Test
    void testSimrunMatchesIsfStatistics() throws IOException {
        Morphology m = new HocReader(HocRules.ISF).read(SharedData.require(SIMRUN + ".hoc"));
        assertEquals(List.of(), m.warnings());
        assertCounts(m, 167, 1, 87, 79);
        assertEquals(13_962, m.pointCount());
        Map<Structure, Double> length = m.lengthByStructure();
        assertEquals(22.161883, length.get(Structure.SOMA), 1e-6);
        assertEquals(6425.986347, length.get(Structure.DENDRITE), 1e-6);
        assertEquals(8842.237112, length.get(Structure.APICAL_DENDRITE), 1e-6);
        assertEquals(15290.385341, m.totalLength(), 1e-6);
        assertEquals("marcel_soma", m.section(0).name());
    }

    /** isf-spec §6 recipe 2: every x of ISF's own .syn is a relPts entry of its section. */
    @Test
    void everySynapsePositionOfTheTestSimrunIsARelPt() throws IOException {
        Morphology m = new HocReader(HocRules.ISF).read(SharedData.require(SIMRUN + ".hoc"));
        Path syn = SharedData.require(SIMRUN + "_synapses_20150202-1834_4335.syn");
        int lines = 0;
        try (BufferedReader in = Files.newBufferedReader(syn)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                Section s = m.section(Integer.parseInt(f[1]));
                double x = Double.parseDouble(f[2]);
                double nearest = Double.POSITIVE_INFINITY;
                for (double r : s.relPts()) {
                    nearest = Math.min(nearest, Math.abs(r - x));
                }
                assertTrue(nearest <= 1e-10, "line " + line + ": nearest relPt is " + nearest + " away");
                lines++;
            }
        }
        assertEquals(20_896, lines);
    }

    @Test
    void writingAndReadingBackGivesAnEqualMorphology(@TempDir Path dir) throws IOException {
        Morphology original = new HocReader(HocRules.ISF).read(SharedData.require(C2_CENTER));
        Path copy = dir.resolve("86_C2_center.hoc");
        new HocWriter().write(original, copy);
        Morphology back = new HocReader(HocRules.ISF).read(copy);
        assertEquals(List.of(), back.warnings());
        assertEquals(original.name(), back.name());
        assertEquals(original.sections(), back.sections());
    }

    @Test
    void neuronRulesReadTheIsfFilesIdentically() throws IOException {
        for (String f : List.of(C2_CENTER, "isf-data/morphologies/89_C2.hoc", SIMRUN + ".hoc")) {
            Path file = SharedData.require(f);
            assertEquals(new HocReader(HocRules.ISF).read(file).sections(), new HocReader(HocRules.NEURON).read(file).sections(), f);
        }
    }

    private static void assertCounts(Morphology m, int sections, int soma, int dend, int apical) {
        assertEquals(sections, m.sections().size());
        assertEquals(soma, m.sections(Structure.SOMA).size());
        assertEquals(dend, m.sections(Structure.DENDRITE).size());
        assertEquals(apical, m.sections(Structure.APICAL_DENDRITE).size());
    }

    private static int points(Morphology m, Structure structure) {
        return m.sections(structure).stream().mapToInt(Section::pointCount).sum();
    }
}
