package org.synmap.morphology.h5;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Section;
import org.synmap.morphology.api.Structure;
import org.synmap.morphology.asc.AscReader;
import org.synmap.morphology.h5.H5v1Files.Traced;

class H5v1ReaderTest {
    @TempDir
    Path dir;

    private final H5v1Reader reader = new H5v1Reader();

    /**
     * A one-point soma (d 10), an apical trunk written before a basal tree, a basal tree that
     * forks in two, and an axon with a child; every length by hand.
     */
    @Test
    void readsSectionsAsNeuronWouldWithLengthsByHand() throws IOException {
        Path file = dir.resolve("hand.h5");
        H5v1Files.write(file, new float[][] {
            {0, 0, 0, 10}, // 0: soma
            {0, -5, 0, 2}, {0, -25, 0, 2}, // 1: apical root, 20
            {0, 5, 0, 2}, {0, 15, 0, 2}, // 3: basal root, 10
            {0, 15, 0, 2}, {3, 19, 0, 1}, // 5: child, duplicate + 5
            {0, 15, 0, 2}, {0, 15, 7, 1}, // 7: child, duplicate + 7
            {5, 0, 0, 1}, {50, 0, 0, 1}, // 9: axon
            {50, 0, 0, 1}, {60, 0, 0, 1}, // 11: axon child
        }, new int[][] {{0, 1, -1}, {1, 4, 0}, {3, 3, 0}, {5, 3, 2}, {7, 3, 2}, {9, 2, 0}, {11, 2, 5}}, new int[] {1, 1});

        Morphology m = reader.read(file);

        assertEquals(List.of("soma", "dend_0", "dend_1", "dend_2", "apical_0"),
                m.sections().stream().map(Section::name).toList(), "soma, basal, apical; the axon skipped");
        assertEquals(List.of(Structure.SOMA, Structure.DENDRITE, Structure.DENDRITE, Structure.DENDRITE,
                Structure.APICAL_DENDRITE), m.sections().stream().map(Section::structure).toList());
        assertEquals(List.of(-1, 0, 1, 1, 0), m.sections().stream().map(Section::parentId).toList());
        assertEquals(List.of(10.0, 10.0, 5.0, 7.0, 20.0), m.sections().stream().map(Section::length).toList());
        assertEquals(0.5, m.section(1).parentX());
        assertEquals(1.0, m.section(2).parentX());
        assertArrayEquals(new double[] {0, -5, 0, 0, 0, 0, 0, 5, 0}, m.section(0).coordinates(),
                "a one-point soma becomes a cylinder of its diameter along y");
        assertEquals(1, m.warnings().size(), m.warnings().toString());
        assertTrue(m.warnings().get(0).contains("one-point soma"));
        assertEquals("hand.h5", m.name());
    }

    /** The same neuron as H5v1 (MorphIO's layout) and as Neurolucida ASC: the same sections. */
    @Test
    void h5v1AndAscOfOneNeuronGiveTheSameSections() throws IOException {
        Traced soma = Traced.of(1, new double[][] {
            {-6, -4, 0, 0}, {-2, -7, 0, 0}, {3, -6.5, 0, 0}, {7, -2, 0, 0}, {6.5, 3, 0, 0}, {2, 6.75, 0, 0},
            {-3.5, 6, 0, 0}, {-7, 1.5, 0, 0}});
        Traced basal = Traced.of(3, new double[][] {{0, 7, 0.5, 2}, {1.5, 18, 1, 1.75}, {2, 30.25, 1.5, 1.5}},
                Traced.of(3, new double[][] {{8, 41, 2, 1}, {12.5, 55, 3, 0.75}},
                        Traced.of(3, new double[][] {{20, 60.5, 3, 0.5}}),
                        Traced.of(3, new double[][] {{10, 70, 4, 0.5}, {9, 80, 4, 0.5}})),
                Traced.of(3, new double[][] {{-4, 40, 1, 1}}),
                Traced.of(3, new double[][] {{2, 34, -6, 1}, {2.5, 39, -12, 1}}));
        Traced apical = Traced.of(4, new double[][] {{0, -7, 0, 3}, {0.25, -60, 1, 2.5}, {1, -120, 2, 2}},
                Traced.of(4, new double[][] {{-10, -150, 2, 1}}),
                Traced.of(4, new double[][] {{12, -148, 3, 1}, {14, -170, 3.5, 1}}));
        Traced axon = Traced.of(2, new double[][] {{7, 0, 0, 1}, {40, 0, 0, 1}},
                Traced.of(2, new double[][] {{60, 5, 0, 1}}));
        Traced basal2 = Traced.of(3, new double[][] {{-7, 0, 0, 1.5}, {-30, -2, 1, 1}});
        List<Traced> neurites = List.of(apical, basal, axon, basal2);
        Path h5 = dir.resolve("cell.h5");
        H5v1Files.write(h5, soma, neurites);
        String asc = H5v1Files.asc(soma, neurites);

        Morphology fromH5 = reader.read(h5);
        Morphology fromAsc = new AscReader().read(new ByteArrayInputStream(asc.getBytes(StandardCharsets.UTF_8)), "cell.asc");

        assertEquals(fromAsc.sections().size(), fromH5.sections().size());
        for (int i = 0; i < fromAsc.sections().size(); i++) {
            Section a = fromAsc.section(i);
            Section h = fromH5.section(i);
            assertEquals(a.name(), h.name());
            assertEquals(a.structure(), h.structure(), a.name());
            assertEquals(a.parentId(), h.parentId(), a.name());
            assertEquals(a.parentX(), h.parentX(), a.name());
            assertArrayEquals(a.coordinates(), h.coordinates(), a.name());
            assertEquals(a.length(), h.length(), a.name());
        }
        assertEquals(dendriticLength(fromAsc), dendriticLength(fromH5));
        assertEquals(10, fromH5.sections(Structure.DENDRITE).size() + fromH5.sections(Structure.APICAL_DENDRITE).size());
    }

    @Test
    void readsFromAStream() throws IOException {
        Path file = dir.resolve("s.h5");
        H5v1Files.write(file, new float[][] {{0, 0, 0, 1}, {0, 10, 0, 1}}, new int[][] {{0, 3, -1}}, null);
        Morphology m = reader.read(Files.newInputStream(file), "s.h5");
        assertEquals(1, m.sections().size());
        assertEquals(10.0, m.section(0).length());
        assertEquals(-1, m.section(0).parentId(), "no soma: the tree hangs from nothing");
    }

    private static double dendriticLength(Morphology m) {
        return m.sections().stream().filter(s -> s.structure() != Structure.SOMA).mapToDouble(Section::length).sum();
    }
}
