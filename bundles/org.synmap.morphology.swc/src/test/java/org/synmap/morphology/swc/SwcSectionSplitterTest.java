package org.synmap.morphology.swc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Section;
import org.synmap.morphology.api.Structure;

/** How SWC trees are cut into sections, and the sections the reader builds from the cut. */
class SwcSectionSplitterTest {

    /** A 3-point soma, a basal dendrite that forks once, and an apical dendrite from the soma's top sample. */
    private static final String NEURON = """
            # id type x y z radius parent
            1 1 0 0 0 5 -1
            2 1 0 -5 0 5 1
            3 1 0 5 0 5 1

            4 3 5 0 0 1 1
            5 3 15 0 0 1 4
            6 3 18 4 0 0.5 5
            7 3 15 -8 0 0.5 5
            8 4 0 5 0 2 3
            9 4 0 50 0 2 8
            """;

    @Test
    void aYBranchGivesThreeSectionsAndChildrenStartAtTheFork() throws IOException {
        String y = """
                1 3 0 0 0 1 -1
                2 3 0 10 0 1 1
                3 3 3 14 0 0.5 2
                4 3 -6 18 0 0.5 2
                """;
        SwcSplit split = Swc.split(y);
        assertEquals(3, split.sections().size());
        assertEquals(List.of(1, 2), split.sections().get(0).ids());
        assertEquals(List.of(2, 3), split.sections().get(1).ids());
        assertEquals(List.of(2, 4), split.sections().get(2).ids());
        assertEquals(List.of(-1, 0, 0), split.sections().stream().map(SwcSectionPlan::parent).toList());
        assertEquals(List.of("dend_0", "dend_1", "dend_2"), split.sections().stream().map(SwcSectionPlan::name).toList());

        Morphology m = Swc.read("y.swc", y);
        assertEquals(List.of(10.0, 5.0, 10.0), m.sections().stream().map(Section::length).toList());
        assertEquals(1.0, m.section(1).parentX());
        assertEquals(1.0, m.section(2).parentX());
        assertEquals(1.0, m.section(1).diameter(1));
        assertEquals(List.of("t.swc: no soma samples (type 1)",
                "t.swc:1: this root is not a soma sample; the sections below it have no soma ancestor"), split.warnings());
    }

    @Test
    void threePointSomaIsOneSectionAndDendritesHangFromTheirSample() throws IOException {
        SwcSplit split = Swc.split(NEURON);
        assertEquals(List.of(), split.warnings());
        assertEquals(List.of(List.of(2, 1, 3), List.of(4, 5), List.of(5, 6), List.of(5, 7), List.of(8, 9)),
                split.sections().stream().map(SwcSectionPlan::ids).toList());

        Morphology m = Swc.read("n.swc", NEURON);
        assertEquals(List.of(), m.warnings());
        assertEquals("n.swc", m.name());
        assertEquals(List.of("soma", "dend_0", "dend_1", "dend_2", "apical_0"),
                m.sections().stream().map(Section::name).toList());
        assertEquals(List.of(Structure.SOMA, Structure.DENDRITE, Structure.APICAL_DENDRITE), m.structureOrder());
        assertEquals(List.of(10.0, 10.0, 5.0, 8.0, 45.0), m.sections().stream().map(Section::length).toList());
        assertEquals(List.of(-1, 0, 1, 1, 0), m.sections().stream().map(Section::parentId).toList());
        assertEquals(0.5, m.section(1).parentX()); // hangs from the soma centre
        assertEquals(1.0, m.section(4).parentX()); // hangs from the soma's last sample
        assertEquals(10.0, m.section(0).diameter(1));
        assertEquals(5.0, m.section(1).x(0)); // soma children start at their own first sample
        assertEquals(15.0, m.section(2).x(0)); // dendrite children start at the fork
        assertEquals(78.0, m.totalLength());
    }

    @Test
    void aSingleSampleSomaIsExpandedToTheThreePointForm() throws IOException {
        Morphology m = Swc.read("s.swc", "1 1 1 2 3 4 -1\n2 3 1 2 10 1 1\n3 3 1 2 20 1 2\n");
        Section soma = m.section(0);
        assertEquals(3, soma.pointCount());
        assertEquals(List.of(-2.0, 2.0, 6.0), List.of(soma.y(0), soma.y(1), soma.y(2)));
        assertEquals(8.0, soma.length());
        assertEquals(8.0, soma.diameter(0));
        assertEquals(0.5, m.section(1).parentX());
        assertEquals(List.of("s.swc:1: single-sample soma expanded to the 3-point convention, a cylinder of length and"
                + " diameter 8.0 along y"), m.warnings());
    }

    @Test
    void aSomaChainIsOneSectionWithDendritesHangingAlongIt() throws IOException {
        Morphology m = Swc.read("c.swc", """
                1 1 0 0 0 3 -1
                2 1 0 1 0 4 1
                3 1 0 3 0 4 2
                4 1 0 6 0 3 3
                5 3 4 3 0 1 3
                6 3 9 3 0 1 5
                """);
        assertEquals(2, m.sections().size());
        assertEquals(4, m.section(0).pointCount());
        assertEquals(0.5, m.section(1).parentX()); // sample 3 lies 3 of 6 µm along the soma
        assertEquals(List.of("c.swc:1: soma of 4 samples read as one section through them in order; if they outline a"
                + " contour, its length and area are not meaningful"), m.warnings());
    }

    @Test
    void aBranchingSomaIsCutLikeADendriteWithAWarning() throws IOException {
        SwcSplit split = Swc.split("""
                1 1 0 0 0 3 -1
                2 1 0 1 0 3 1
                3 1 0 2 0 3 1
                4 1 0 3 0 3 1
                """);
        assertEquals(List.of(List.of(1), List.of(1, 2), List.of(1, 3), List.of(1, 4)),
                split.sections().stream().map(SwcSectionPlan::ids).toList());
        assertEquals(List.of("soma", "soma_1", "soma_2", "soma_3"),
                split.sections().stream().map(SwcSectionPlan::name).toList());
        assertEquals(List.of("t.swc: all 4 samples have type 1 (soma): the file carries no dendrite labels, so every"
                + " section is labelled Soma", "t.swc: all 4 samples have radius 3.0: the diameters look like"
                + " placeholders", "t.swc:1: the soma samples from here branch; they form 4 soma sections instead of one"),
                split.warnings());
    }

    @Test
    void axonsAreDroppedWithEverythingBelowThem() throws IOException {
        SwcSplit split = Swc.split("""
                1 1 0 0 0 5 -1
                2 2 0 -5 0 1 1
                3 2 0 -9 0 1 2
                4 3 0 -20 0 1 3
                5 3 5 0 0 1 1
                6 3 9 0 0 1.5 5
                """);
        assertEquals(List.of(List.of(1, 1, 1), List.of(5, 6)), split.sections().stream().map(SwcSectionPlan::ids).toList());
        assertEquals("t.swc: 1 non-axon samples hang below axon samples and are dropped with the axon",
                split.warnings().get(0));
    }

    @Test
    void aTypeChangeEndsASection() throws IOException {
        SwcSplit split = Swc.split("""
                1 1 0 0 0 5 -1
                2 1 0 -5 0 5 1
                3 1 0 5 0 5 1
                4 3 0 5 0 1 3
                5 3 0 9 0 1 4
                6 4 0 15 0 1 5
                7 4 0 30 0 1 6
                """);
        assertEquals(List.of(List.of(2, 1, 3), List.of(4, 5), List.of(5, 6, 7)),
                split.sections().stream().map(SwcSectionPlan::ids).toList());
        assertEquals(List.of(-1, 0, 1), split.sections().stream().map(SwcSectionPlan::parent).toList());
    }

    @Test
    void parentsMayFollowTheirChildrenAndSectionsStillFollowTheTree() throws IOException {
        SwcSplit split = Swc.split("""
                5 3 15 0 0 1 4
                4 3 5 0 0 1 1
                1 1 0 0 0 5 -1
                2 1 0 -5 0 5 1
                3 1 0 5 0 5 1
                """);
        assertEquals(List.of(List.of(2, 1, 3), List.of(4, 5)), split.sections().stream().map(SwcSectionPlan::ids).toList());
        assertTrue(split.warnings().isEmpty(), split.warnings().toString());
    }
}
