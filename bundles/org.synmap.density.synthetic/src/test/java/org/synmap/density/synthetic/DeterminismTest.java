package org.synmap.density.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.synmap.density.api.AnatomicalModel;
import org.synmap.test.support.Sources;
import org.synmap.density.api.BoutonLattice;
import org.synmap.density.api.CellClass;
import org.synmap.density.api.Lattice;

class DeterminismTest {

    private static AnatomicalModel open(String seed) {
        return Sources.generate(new SyntheticBarrelCortex(), Map.of("seed", seed));
    }

    private static List<BoutonLattice> handles(AnatomicalModel m) {
        List<BoutonLattice> out = new ArrayList<>();
        for (String a : m.areas()) {
            for (String t : m.cellTypes()) {
                out.addAll(m.boutonLattices(a, t));
            }
        }
        return out;
    }

    private static Lattice load(BoutonLattice h) {
        try {
            return h.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void sameParametersGiveTheSameModelBitForBit() {
        AnatomicalModel a = open("1");
        AnatomicalModel b = open("1");
        assertEquals(a.normalizationPst(CellClass.EXC), b.normalizationPst(CellClass.EXC));
        assertEquals(a.normalizationPst(CellClass.INH), b.normalizationPst(CellClass.INH));
        List<BoutonLattice> ha = handles(a);
        List<BoutonLattice> hb = handles(b);
        for (int i = 0; i < ha.size(); i++) {
            assertEquals(load(ha.get(i)), load(hb.get(i)), ha.get(i).toString());
        }
    }

    @Test
    void latticesDoNotDependOnLoadOrderOrThreads() {
        List<BoutonLattice> h = handles(open("1"));
        List<Lattice> sequential = h.stream().map(DeterminismTest::load).toList();
        List<Integer> reversed = new ArrayList<>();
        for (int i = 0; i < h.size(); i++) {
            reversed.add(i);
        }
        Collections.reverse(reversed);
        Lattice[] parallel = new Lattice[h.size()];
        reversed.parallelStream().forEach(i -> parallel[i] = load(h.get(i)));
        assertEquals(sequential, Arrays.asList(parallel));
    }

    @Test
    void anotherSeedVariesEveryAxonButNotTheCountsOrTheNormalization() {
        AnatomicalModel a = open("1");
        AnatomicalModel b = open("2");
        assertEquals(a.normalizationPst(CellClass.EXC), b.normalizationPst(CellClass.EXC));
        assertEquals(a.normalizationPst(CellClass.INH), b.normalizationPst(CellClass.INH));
        for (String area : a.areas()) {
            for (String t : a.cellTypes()) {
                assertEquals(a.cellCount(area, t), b.cellCount(area, t));
            }
        }
        List<BoutonLattice> ha = handles(a);
        List<BoutonLattice> hb = handles(b);
        for (int i = 0; i < ha.size(); i++) {
            assertNotEquals(load(ha.get(i)), load(hb.get(i)), ha.get(i).toString());
        }
    }

    /**
     * Pins the generated numbers: if this fails, the model changed; bump
     * SyntheticBarrelCortex.GENERATOR_VERSION and update the pinned values.
     */
    @Test
    void generatedNumbersArePinned() throws IOException {
        AnatomicalModel m = open("1");
        Lattice l5tt = m.boutonLattices("C2", "L5tt").get(0).load();
        Lattice vpm = m.boutonLattices("E4", "VPM").get(2).load();
        assertEquals(PINNED_C2_L5TT, digest(l5tt), l5tt.toString());
        assertEquals(PINNED_E4_VPM, digest(vpm), vpm.toString());
        assertEquals(PINNED_EXC_NORM, digest(m.normalizationPst(CellClass.EXC)));
        assertEquals(PINNED_INH_NORM, digest(m.normalizationPst(CellClass.INH)));
    }

    private static final String PINNED_C2_L5TT = "22x22x41@-550.0,-150.0,-1300.0#6a12f66467a6484c";
    private static final String PINNED_E4_VPM = "17x17x24@700.0,-950.0,-900.0#3c32874d0e3c331d";
    private static final String PINNED_EXC_NORM = "77x68x41@-1800.0,-1350.0,-1300.0#2e52a64dbfd8ac43";
    private static final String PINNED_INH_NORM = "77x68x41@-1800.0,-1350.0,-1300.0#e89d0e8cfba3b693";

    /** Geometry plus a hash of the exact bits of every value. */
    private static String digest(Lattice l) {
        long h = 1125899906842597L;
        for (int v = 0; v < l.size(); v++) {
            h = 31 * h + Double.doubleToRawLongBits(l.get(v));
        }
        return l.nx() + "x" + l.ny() + "x" + l.nz() + "@" + l.origin(0) + "," + l.origin(1) + "," + l.origin(2)
                + "#" + Long.toHexString(h);
    }
}
