package org.synmap.density.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Section;
import org.synmap.morphology.api.Structure;

class L5ttC2Test {
    private static final Morphology CELL = new SyntheticMorphologies().morphology("l5tt-c2");

    @Test
    void catalogOffersOneNamedMorphology() {
        SyntheticMorphologies catalog = new SyntheticMorphologies();
        assertEquals(List.of("l5tt-c2"), catalog.morphologyNames());
        assertTrue(catalog.describe("l5tt-c2").contains("L5 thick-tufted"));
        assertThrows(IllegalArgumentException.class, () -> catalog.morphology("l5tt-c3"));
        assertThrows(IllegalArgumentException.class, () -> catalog.describe("86_C2_center"));
        assertSame(catalog.morphology("l5tt-c2"), catalog.morphology("l5tt-c2"));
        assertEquals("l5tt-c2", CELL.name());
    }

    @Test
    void isTheSameEveryTime() {
        Morphology again = L5ttC2Builder.build();
        assertEquals(CELL.sections(), again.sections());
    }

    @Test
    void hasTheSizeOfARealL5ttCell() {
        int sections = CELL.sections().size();
        assertTrue(sections >= 150 && sections <= 200, sections + " sections");
        double length = CELL.totalLength();
        assertTrue(length >= 13_000 && length <= 17_000, length + " µm");
        // Basal and apical lengths are set by the builder; the soma is a 20 µm centre line.
        assertEquals(6400.0, CELL.lengthByStructure().get(Structure.DENDRITE), 1.0);
        assertEquals(20.0, CELL.lengthByStructure().get(Structure.SOMA), 0.1);
        assertEquals(List.of(Structure.SOMA, Structure.DENDRITE, Structure.APICAL_DENDRITE), CELL.structureOrder());
        int points = CELL.pointCount();
        assertTrue(points >= 12_000 && points <= 16_000, points + " points");
    }

    @Test
    void sitsInC2WithItsSomaInL5BAndItsTuftInL1() {
        Section soma = CELL.section(0);
        assertEquals(Structure.SOMA, soma.structure());
        assertEquals(1, CELL.sections(Structure.SOMA).size());
        double somaDepth = Cortex.depth(0.5 * (soma.bounds().minZ() + soma.bounds().maxZ()));
        assertTrue(Layer.L5B.contains(somaDepth), "soma at depth " + somaDepth);
        Column c2 = BarrelField.column("C2");
        assertTrue(Math.hypot(soma.x(0) - c2.x(), soma.y(0) - c2.y()) < 50, "soma off C2's axis");
        double tuftTop = Cortex.depth(CELL.bounds().maxZ());
        assertTrue(Layer.L1.contains(tuftTop) && tuftTop > 10, "tuft top at depth " + tuftTop);
        double top = Double.NEGATIVE_INFINITY;
        for (Section s : CELL.sections(Structure.APICAL_DENDRITE)) {
            top = Math.max(top, s.bounds().maxZ());
        }
        assertEquals(CELL.bounds().maxZ(), top, "the highest point is apical");
        for (Section s : CELL.sections(Structure.DENDRITE)) {
            assertTrue(Cortex.depth(s.bounds().maxZ()) > Layer.L4.bottom() - 10, s.name() + " reaches into L4");
        }
        assertTrue(Cortex.depth(CELL.bounds().minZ()) < Cortex.THICKNESS, "below the cortex");
        // The apical tree holds most of its length in L1 and upper L2/3, like 86_C2_center.hoc.
        assertTrue(lengthAbove(250) > 4000, lengthAbove(250) + " µm above 250 µm depth");
    }

    @Test
    void isBuiltLikeIsfsFiles() {
        Section soma = CELL.section(0);
        assertTrue(soma.pointCount() >= 10);
        double widest = 0;
        for (int m = 0; m < soma.pointCount(); m++) {
            widest = Math.max(widest, soma.diameter(m));
        }
        assertTrue(widest >= 12 && widest <= 18, "soma diameter " + widest);
        int basalRoots = 0;
        int apicalRoots = 0;
        for (Section s : CELL.sections()) {
            if (s.structure() == Structure.SOMA) {
                continue;
            }
            Section parent = CELL.section(s.parentId());
            assertTrue(s.parentId() < s.id(), "parent before child: " + s.name());
            assertTrue(s.name().startsWith(parent.name()) || parent.structure() == Structure.SOMA, s.name());
            boolean dend = s.name().contains("dend");
            boolean apical = s.name().contains("apical");
            assertTrue(s.structure() == Structure.DENDRITE ? dend && !apical : apical && !dend, s.name());
            if (parent.structure() == Structure.SOMA) {
                basalRoots += s.structure() == Structure.DENDRITE ? 1 : 0;
                apicalRoots += s.structure() == Structure.APICAL_DENDRITE ? 1 : 0;
                assertTrue(s.parentX() >= 0 && s.parentX() <= 1, s.name());
            } else {
                // Children start at their parent's last point, attached at 1.0.
                int last = parent.pointCount() - 1;
                assertEquals(List.of(parent.x(last), parent.y(last), parent.z(last)), List.of(s.x(0), s.y(0), s.z(0)), s.name());
                assertEquals(1.0, s.parentX());
            }
            for (int m = 0; m < s.pointCount(); m++) {
                assertTrue(s.diameter(m) >= 0.35 && s.diameter(m) <= 3.0, s.name() + " diameter " + s.diameter(m));
                assertTrue(m == 0 || s.diameter(m) <= s.diameter(m - 1), s.name() + " widens");
                assertTrue(m == 0 || s.segmentLength(m - 1) <= DendriteGrower.STEP + 0.002, s.name() + " spacing"); // 1 nm rounding
                assertTrue(m == 0 || s.segmentLength(m - 1) > 0.5, s.name() + " spacing");
                assertEquals(s.x(m), Math.round(s.x(m) * 1000) / 1000.0, "coordinates rounded to 1 nm");
            }
        }
        assertEquals(7, basalRoots);
        assertEquals(1, apicalRoots);
        assertFalse(CELL.section(1).structure() == Structure.APICAL_DENDRITE);
    }

    private static double lengthAbove(double depth) {
        double sum = 0;
        for (Section s : CELL.sections(Structure.APICAL_DENDRITE)) {
            for (int m = 0; m + 1 < s.pointCount(); m++) {
                if (Cortex.depth(0.5 * (s.z(m) + s.z(m + 1))) < depth) {
                    sum += s.segmentLength(m);
                }
            }
        }
        return sum;
    }
}
