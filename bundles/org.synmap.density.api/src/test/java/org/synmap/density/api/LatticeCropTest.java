package org.synmap.density.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** ISF's resize_mesh, computed once per lattice; a lattice that is its own crop is returned as is. */
class LatticeCropTest {
    private static final double[] SPACING = {0.1, 50, 50};

    @Test
    void cropsToTheNonZeroBoxWithEdgesFromTheOrigin() {
        // 3x1x2, non-zero only at (1,0,1) and (2,0,1)
        Lattice l = Lattice.of(new int[] {3, 1, 2}, new double[] {0.3, -10, 5}, SPACING, new double[] {0, 0, 0, 1, 0, 2});
        Lattice c = l.cropToNonZero();
        assertEquals(2, c.nx());
        assertEquals(1, c.nz());
        // the origin o + 1·s and the upper edge o + 3·s as ISF computes them (0.3 + 0.1 is 0.4 in binary64)
        assertEquals(0.3 + 1 * 0.1, c.origin(0));
        assertEquals(0.3 + 3 * 0.1, c.upperEdge(0));
        assertEquals(5 + 1 * 50.0, c.lowerEdge(2));
        assertArrayEquals(new double[] {1, 2}, c.values());
        assertSame(c, l.cropToNonZero(), "computed once");
    }

    @Test
    void aLatticeThatIsItsOwnCropIsReturnedItself() {
        Lattice l = Lattice.of(new int[] {2, 1, 1}, new double[] {-100, 0, 0}, SPACING, new double[] {1, 2});
        assertSame(l, l.cropToNonZero());
        // equal to the copy the general rule makes
        assertEquals(l.subLattice(new int[] {0, 0, 0}, new int[] {1, 0, 0}), l.cropToNonZero());
    }

    @Test
    void aLatticeWhoseStoredBoxDiffersFromItsCropIsCopied() {
        // ISF-style box x0 - s/2 .. : not the o + n·s edges a crop computes
        Lattice l = new Lattice(new int[] {1, 1, 1}, new double[] {0, 0, 0}, new double[] {1, 1, 1},
                new double[] {-0.5, 0, 0}, new double[] {1, 1, 1}, new double[] {3});
        Lattice c = l.cropToNonZero();
        assertNotSame(l, c);
        assertEquals(0, c.lowerEdge(0));
    }

    @Test
    void allZeroCropsToNothing() {
        Lattice l = Lattice.zeros(new int[] {2, 2, 2}, new double[] {0, 0, 0}, SPACING, new double[] {0, 0, 0},
                new double[] {0.2, 100, 100});
        assertNull(l.cropToNonZero());
        assertNull(l.cropToNonZero());
    }
}
