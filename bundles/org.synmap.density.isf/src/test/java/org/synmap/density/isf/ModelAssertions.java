package org.synmap.density.isf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;

import org.synmap.density.api.AnatomicalModel;
import org.synmap.density.api.BoutonLattice;
import org.synmap.density.api.CellClass;

/** Asserts that two anatomical models hold the same content (names of files aside). */
final class ModelAssertions {

    private ModelAssertions() {
    }

    static void assertSameModel(AnatomicalModel expected, AnatomicalModel actual) throws IOException {
        assertEquals(expected.areas(), actual.areas());
        assertEquals(expected.cellTypes(), actual.cellTypes());
        assertEquals(expected.postsynapticTypes(), actual.postsynapticTypes());
        for (String type : expected.cellTypes()) {
            assertEquals(expected.cellClass(type), actual.cellClass(type), type);
        }
        for (CellClass c : CellClass.values()) {
            assertEquals(expected.normalizationPst(c), actual.normalizationPst(c), c.toString());
            for (String post : expected.postsynapticTypes()) {
                assertEquals(expected.pstConstants(c, post), actual.pstConstants(c, post), c + " " + post);
            }
        }
        for (String area : expected.areas()) {
            for (String type : expected.cellTypes()) {
                assertEquals(expected.cellCount(area, type), actual.cellCount(area, type), area + "/" + type);
                List<BoutonLattice> e = expected.boutonLattices(area, type);
                List<BoutonLattice> a = actual.boutonLattices(area, type);
                assertEquals(e.size(), a.size(), area + "/" + type);
                for (int n = 0; n < e.size(); n++) {
                    assertEquals(e.get(n).load(), a.get(n).load(), area + "/" + type + " #" + n);
                }
            }
        }
    }

    static List<String> names(List<BoutonLattice> lattices) {
        return lattices.stream().map(BoutonLattice::name).toList();
    }
}
