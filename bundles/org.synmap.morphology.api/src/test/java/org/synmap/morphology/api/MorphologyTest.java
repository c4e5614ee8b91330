package org.synmap.morphology.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Derived values of sections and morphologies, computed by hand. */
class MorphologyTest {

    private static Section section(int id, String name, Structure s, int parent, double... xyz) {
        double[] d = new double[xyz.length / 3];
        java.util.Arrays.fill(d, 1.0);
        return new Section(id, name, s, parent, Double.NaN, xyz, d);
    }

    @Test
    void relPtsAreRunningLengthFractions() {
        // Segments of length 3 and 1: L = 4, relPts = 0, 0.75, 1.
        Section s = section(0, "dend", Structure.DENDRITE, -1, 0, 0, 0, 0, 3, 0, 0, 3, 1);
        assertEquals(4.0, s.length());
        assertEquals(0.0, s.relPt(0));
        assertEquals(0.75, s.relPt(1));
        assertEquals(1.0, s.relPt(2));
    }

    @Test
    void pathLengthToSomaAddsWholeAncestorsAndStopsAtTheSoma() {
        Section soma = section(0, "soma", Structure.SOMA, -1, 0, 0, 0, 0, 0, 10);
        Section d1 = section(1, "d1", Structure.DENDRITE, 0, 0, 0, 10, 0, 0, 30);
        Section d2 = section(2, "d2", Structure.DENDRITE, 1, 0, 0, 30, 0, 8, 30);
        Morphology m = new Morphology("cell.hoc", List.of(soma, d1, d2));
        assertEquals(0.0, m.pathLengthToSoma(0, 0.5));
        assertEquals(5.0, m.pathLengthToSoma(1, 0.25));
        assertEquals(0.5 * 8 + 20, m.pathLengthToSoma(2, 0.5));
        assertEquals(List.of(Structure.SOMA, Structure.DENDRITE), m.structureOrder());
        assertEquals(38.0, m.totalLength());
    }

    @Test
    void parentCyclesAreRejected() {
        Section a = section(0, "a", Structure.DENDRITE, 1, 0, 0, 0, 1, 0, 0);
        Section b = section(1, "b", Structure.DENDRITE, 0, 1, 0, 0, 2, 0, 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Morphology("loop.hoc", List.of(a, b)));
        assertTrue(e.getMessage().contains("its own ancestor"), e.getMessage());
    }
}
