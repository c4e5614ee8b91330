package org.synmap.test.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;

import org.synmap.density.api.AnatomicalModel;
import org.synmap.density.api.BoutonLattice;
import org.synmap.density.api.CellClass;

/** Assertions on anatomical models, shared by the tests of every density source and writer. */
public final class ModelAssertions {

    private ModelAssertions() {
    }

    /**
     * Asserts that two anatomical models hold the same content, lattice values exactly (names of
     * bouton lattices aside).
     *
     * @return the number of bouton lattices compared
     */
    public static int assertSameModel(AnatomicalModel expected, AnatomicalModel actual) throws IOException {
        assertEquals(expected.areas(), actual.areas());
        assertEquals(expected.cellTypes(), actual.cellTypes());
        assertEquals(expected.postsynapticTypes(), actual.postsynapticTypes());
        for (String type : expected.cellTypes()) {
            assertEquals(expected.cellClass(type), actual.cellClass(type), type);
        }
        for (CellClass c : CellClass.values()) {
            assertEquals(expected.normalizationPst(c), actual.normalizationPst(c), c + " normalization");
            for (String post : expected.postsynapticTypes()) {
                assertEquals(expected.pstConstants(c, post), actual.pstConstants(c, post), c + " " + post);
            }
        }
        int lattices = 0;
        for (String area : expected.areas()) {
            for (String type : expected.cellTypes()) {
                assertEquals(expected.cellCount(area, type), actual.cellCount(area, type), area + "/" + type);
                List<BoutonLattice> e = expected.boutonLattices(area, type);
                List<BoutonLattice> a = actual.boutonLattices(area, type);
                assertEquals(e.size(), a.size(), area + "/" + type);
                for (int n = 0; n < e.size(); n++) {
                    assertEquals(e.get(n).load(), a.get(n).load(), area + "/" + type + " #" + n);
                    lattices++;
                }
            }
        }
        return lattices;
    }

    /** The names of bouton lattices, in order. */
    public static List<String> names(List<BoutonLattice> lattices) {
        return lattices.stream().map(BoutonLattice::name).toList();
    }
}
