package org.synmap.morphology.hoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Section;
import org.synmap.morphology.api.Structure;

/** One hand-made file per rule of ISF's hoc subset (isf-spec §2.1), read with ISF's rules only. */
class IsfRulesTest {

    private static Morphology isf(String text) throws IOException {
        return Hoc.read(HocRules.ISF, "cell.hoc", text);
    }

    @Test
    void pointsConnectAndParentPositionAreRead() throws IOException {
        Morphology m = isf(Hoc.SOMA + """

                {create dend_1}
                {connect dend_1(0), soma(0.25)}
                {pt3dadd( 1.5 ,2,  3e0, 0.5 )}
                {pt3dadd(4.5,6,3,.5)}
                """);
        assertEquals(List.of(), m.warnings());
        assertEquals("cell.hoc", m.name());
        Section soma = m.section(0);
        assertEquals(Structure.SOMA, soma.structure());
        assertEquals(-1, soma.parentId());
        assertTrue(Double.isNaN(soma.parentX()));
        assertEquals(10.0, soma.length());
        Section dend = m.section(1);
        assertEquals("dend_1", dend.name());
        assertEquals(Structure.DENDRITE, dend.structure());
        assertEquals(0, dend.parentId());
        assertEquals(0.25, dend.parentX());
        assertEquals(List.of(1.5, 2.0, 3.0, 4.5, 6.0, 3.0), List.of(box(dend.coordinates())));
        assertEquals(0.5, dend.diameter(1));
        assertEquals(5.0, dend.length()); // a 3-4-5 triangle
    }

    @Test
    void commentLinesAreSkippedWholeEvenWithAPoint() throws IOException {
        Morphology m = isf("""
                /* a header comment */
                {create soma}
                /* Soma with centroid (XYZ): 1 2 3 */
                {pt3dadd(0, 0, 0, 10)}
                {pt3dadd(5, 0, 0, 10)} /* the third point is lost */
                {pt3dadd(10, 0, 0, 10)}
                """);
        assertEquals(List.of(0.0, 0.0, 0.0, 10.0, 0.0, 0.0), List.of(box(m.section(0).coordinates())));
        assertEquals(List.of("cell.hoc:5: a statement shares this line with a /* */ comment; ISF skips the whole line"),
                m.warnings());
    }

    @Test
    void spineLinesAreIgnoredWhileReadingPoints() throws IOException {
        Morphology m = isf("""
                {create soma}
                {pt3dadd(0, 0, 0, 10)}
                {Spine pt3dadd(99, 99, 99, 1)}
                {pt3dadd(10, 0, 0, 10)}
                """);
        assertEquals(2, m.section(0).pointCount());
        assertEquals(10.0, m.section(0).length());
    }

    @Test
    void labelsComeFromSubstringsOfTheCreateLine() throws IOException {
        Morphology m = isf(Hoc.SOMA + """
                {create marcel_dend_0}
                {connect marcel_dend_0(0), soma(1)}
                {pt3dadd(10, 0, 0, 1)}
                {pt3dadd(20, 0, 0, 1)}
                {create BasalDendrite_2}
                {connect BasalDendrite_2(0), soma(0)}
                {pt3dadd(0, 0, 0, 1)}
                {pt3dadd(-5, 0, 0, 1)}
                {create marcel_apical_0}
                {connect marcel_apical_0(0), soma(0.5)}
                {pt3dadd(5, 0, 0, 2)}
                {pt3dadd(5, 30, 0, 2)}
                """);
        assertEquals(List.of(Structure.SOMA, Structure.DENDRITE, Structure.DENDRITE, Structure.APICAL_DENDRITE),
                m.sections().stream().map(Section::structure).toList());
        assertEquals(List.of(Structure.SOMA, Structure.DENDRITE, Structure.APICAL_DENDRITE), m.structureOrder());
    }

    @Test
    void structureOrderIsTheOrderOfFirstAppearance() throws IOException {
        Morphology m = isf(Hoc.SOMA + """
                {create apical_1}
                {connect apical_1(0), soma(1)}
                {pt3dadd(10, 0, 0, 1)}
                {pt3dadd(20, 0, 0, 1)}
                {create dend_1}
                {connect dend_1(0), soma(0)}
                {pt3dadd(0, 0, 0, 1)}
                {pt3dadd(-5, 0, 0, 1)}
                """);
        assertEquals(List.of(Structure.SOMA, Structure.APICAL_DENDRITE, Structure.DENDRITE), m.structureOrder());
    }

    @Test
    void axonSectionsAreSkippedWithTheirPointsAndConnectAndDoNotCountForIds() throws IOException {
        Morphology m = isf(Hoc.SOMA + """
                {create axon_0}
                {connect axon_0(0), soma(0)}
                {pt3dadd(0, 0, 0, 1)}
                {pt3dadd(0, -100, 0, 1)}
                {create dend_1}
                {connect dend_1(0), soma(1)}
                {pt3dadd(10, 0, 0, 1)}
                {pt3dadd(20, 0, 0, 1)}
                """);
        assertEquals(List.of(), m.warnings());
        assertEquals(2, m.sections().size());
        assertEquals("dend_1", m.section(1).name());
        assertEquals(1, m.section(1).id());
        assertEquals(0.0, m.bounds().minY()); // no axon point
    }

    @Test
    void sectionIdsFollowTheFileAndParentsResolveByNameEvenForward() throws IOException {
        Morphology m = isf(Hoc.SOMA + """
                {create dend_2}
                {connect dend_2(0), dend_1(1.000000)}
                {pt3dadd(20, 0, 0, 1)}
                {pt3dadd(30, 0, 0, 1)}
                {create dend_1}
                {connect dend_1(0), soma(1)}
                {pt3dadd(10, 0, 0, 1)}
                {pt3dadd(20, 0, 0, 1)}
                """);
        assertEquals("dend_2", m.section(1).name());
        assertEquals(2, m.section(1).parentId());
        assertEquals(1.0, m.section(1).parentX());
        assertEquals(20.0, m.pathLengthToSoma(1, 1.0));
    }

    @Test
    void unrecognisedSectionsAreDroppedWithAWarning() throws IOException {
        Morphology m = isf(Hoc.SOMA + """
                {create ApicalDendrite_3}
                {connect ApicalDendrite_3(0), soma(1)}
                {pt3dadd(10, 0, 0, 1)}
                {pt3dadd(20, 0, 0, 1)}
                """);
        assertEquals(1, m.sections().size());
        assertEquals(List.of("cell.hoc:7: section 'ApicalDendrite_3' is dropped with its points: ISF recognises only"
                + " names containing soma, dend, BasalDendrite, apical (lower case) or axon"), m.warnings());
    }

    @Test
    void aLineWithoutPt3daddEndsThePointListAndLaterPointsAreIgnored() throws IOException {
        Morphology m = isf("""
                {create soma}
                {pt3dadd(0, 0, 0, 10)}
                {pt3dadd(10, 0, 0, 10)}

                {pt3dadd(20, 0, 0, 10)}
                """);
        assertEquals(2, m.section(0).pointCount());
        assertEquals(1, m.warnings().size());
        assertTrue(m.warnings().get(0).startsWith("cell.hoc:5: pt3dadd outside a point list is ignored by ISF"));
    }

    @Test
    void connectAfterThePointsIsIgnoredWithAWarning() throws IOException {
        Morphology m = isf(Hoc.SOMA + """
                {create dend_1}
                {connect dend_1(0), soma(1)}
                {pt3dadd(10, 0, 0, 1)}
                {pt3dadd(20, 0, 0, 1)}
                {connect dend_1(0), soma(0)}
                """);
        assertEquals(1.0, m.section(1).parentX());
        assertEquals(List.of("cell.hoc:11: connect is ignored by ISF here: it must come between its section's create"
                + " and the first pt3dadd"), m.warnings());
    }

    @Test
    void theEndOfTheFileClosesTheLastSection() throws IOException {
        Morphology m = isf("{create soma}\n{pt3dadd(0, 0, 0, 1)}\n{pt3dadd(0, 3, 4, 1)}");
        assertEquals(5.0, m.section(0).length());
    }

    @Test
    void aZeroLengthSectionIsReadWithAWarning() throws IOException {
        Morphology m = isf("{create soma}\n{pt3dadd(1, 2, 3, 4)}\n");
        assertEquals(0.0, m.totalLength());
        assertEquals(List.of("cell.hoc:1: section 'soma' has zero length; ISF's relative point positions are then"
                + " undefined (isf-spec §1.3)"), m.warnings());
    }

    private static Double[] box(double[] values) {
        Double[] boxed = new Double[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return boxed;
    }
}
