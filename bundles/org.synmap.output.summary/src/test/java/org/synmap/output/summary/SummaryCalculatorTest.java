package org.synmap.output.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.synmap.connectome.api.Realization;
import org.synmap.connectome.api.Synapse;
import org.synmap.connectome.api.SynapseBlock;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Section;
import org.synmap.morphology.api.Structure;

/**
 * A hand-made cell (axis-parallel sections, so every length is an integer) and realization,
 * with every expected value worked out by hand.
 *
 * <pre>
 * s0 soma      L = 10   root
 * s1 dendrite  L = 100  parent s0   path(x) = 100x
 * s2 dendrite  L = 50   parent s1   path(x) = 50x + 100
 * s3 apical    L = 200  parent s0   path(x) = 200x        (3 points)
 * s4 apical    L = 40   parent s3   path(x) = 40x + 200
 * </pre>
 */
class SummaryCalculatorTest {
    static final double NAN = Double.NaN;

    static Morphology cell() {
        return new Morphology("hand.hoc", List.of(
                section(0, "soma", Structure.SOMA, -1, 0, 0, 0, 10, 0, 0),
                section(1, "dend1", Structure.DENDRITE, 0, 10, 0, 0, 10, 100, 0),
                section(2, "dend2", Structure.DENDRITE, 1, 10, 100, 0, 10, 100, 50),
                new Section(3, "apic1", Structure.APICAL_DENDRITE, 0, 1.0,
                        new double[] {0, 0, 0, 0, -100, 0, 0, -200, 0}, new double[] {1, 1, 1}),
                section(4, "apic2", Structure.APICAL_DENDRITE, 3, 0, -200, 0, 0, -200, 40)));
    }

    private static Section section(int id, String name, Structure s, int parent, double... xyz) {
        return new Section(id, name, s, parent, 1.0, xyz, new double[] {1, 1});
    }

    static Synapse syn(int section, double x, int rank) {
        return new Synapse(section, -1, x, null, NAN, NAN, NAN, rank, -1);
    }

    /**
     * t1_A: cell 0 → s1@0.5 (basal 50), s3@0.5 (apical 100); cell 1 → s0@0.5 (soma 0);
     * cell 2 → s2@1 (basal 150), s1@1 (basal 100). t2_A: none. t1_B: cell 0 → s4@1 (apical 240).
     * t2_B: cell 0 → s3@0.5 (apical 100); cell 1 → s4@0.5 (apical 220).
     */
    static Realization realization() {
        return new Realization(0, List.of(
                new SynapseBlock("A", "t1", List.of(syn(1, 0.5, 0), syn(3, 0.5, 0), syn(0, 0.5, 1),
                        syn(2, 1.0, 2), syn(1, 1.0, 2))),
                new SynapseBlock("B", "t1", List.of(syn(4, 1.0, 0))),
                new SynapseBlock("B", "t2", List.of(syn(3, 0.5, 0), syn(4, 0.5, 1)))));
    }

    static final Map<String, Integer> PRESYNAPTIC = Map.of("A/t1", 10, "A/t2", 4, "B/t1", 5, "B/t2", 8);

    static SampleSummary summary() {
        return SummaryCalculator.summarize(cell(), realization(), List.of("A", "B"), List.of("t1", "t2"),
                (area, type) -> PRESYNAPTIC.get(area + "/" + type));
    }

    @Test
    void pathLengthsOfTheHandMadeCell() {
        Morphology m = cell();
        assertEquals(0.0, m.pathLengthToSoma(0, 0.5));
        assertEquals(50.0, m.pathLengthToSoma(1, 0.5));
        assertEquals(150.0, m.pathLengthToSoma(2, 1.0));
        assertEquals(100.0, m.pathLengthToSoma(3, 0.5));
        assertEquals(220.0, m.pathLengthToSoma(4, 0.5));
    }

    @Test
    void perColumnTypeRowsInAreaThenTypeOrder() {
        List<SummaryRow> rows = summary().perColumnType();
        assertEquals(4, rows.size());
        // all paths 50,100,0,150,100: mean 80, squared deviations 900+400+6400+4900+400 = 13000
        assertEquals(new SummaryRow("A", "t1", 5, 80.0, Math.sqrt(13000.0 / 5), 3, 10, 0.3,
                1, 100.0, 0.0, 1, 0.1,
                3, 100.0, Math.sqrt(5000.0 / 3), 2, 0.2,
                1, 1, 0.1), rows.get(0));
        // ISF's placeholders for a pair without synapses
        assertEquals(new SummaryRow("A", "t2", 0, NAN, NAN, 0, 4, 0.0, 0, NAN, NAN, 0, 0.0,
                0, NAN, NAN, 0, 0.0, 0, 0, 0.0), rows.get(1));
        assertEquals(new SummaryRow("B", "t1", 1, 240.0, 0.0, 1, 5, 0.2, 1, 240.0, 0.0, 1, 0.2,
                0, NAN, NAN, 0, 0.0, 0, 0, 0.0), rows.get(2));
        assertEquals(new SummaryRow("B", "t2", 2, 160.0, 60.0, 2, 8, 0.25, 2, 160.0, 60.0, 2, 0.25,
                0, NAN, NAN, 0, 0.0, 0, 0, 0.0), rows.get(3));
    }

    @Test
    void perTypeRowsPoolAreasInAreaOrder() {
        List<SummaryRow> rows = summary().perType();
        assertEquals(2, rows.size());
        // t1 pooled: 50,100,0,150,100,240 → sum 640; squares of deviations summed in the same order
        double m = 640.0 / 6;
        double sq = 0.0;
        for (double p : new double[] {50, 100, 0, 150, 100, 240}) {
            sq += (p - m) * (p - m);
        }
        assertEquals(new SummaryRow(null, "t1", 6, m, Math.sqrt(sq / 6), 4, 15, 4.0 / 15,
                2, 170.0, 70.0, 2, 2.0 / 15,
                3, 100.0, Math.sqrt(5000.0 / 3), 2, 2.0 / 15,
                1, 1, 1.0 / 15), rows.get(0));
        assertEquals(new SummaryRow(null, "t2", 2, 160.0, 60.0, 2, 12, 2.0 / 12, 2, 160.0, 60.0, 2, 2.0 / 12,
                0, NAN, NAN, 0, 0.0, 0, 0, 0.0), rows.get(1));
    }

    @Test
    void aTypeWithoutSynapsesInAnyArea() {
        SampleSummary s = SummaryCalculator.summarize(cell(), new Realization(0, List.of()), List.of("A", "B"),
                List.of("t1"), (area, type) -> 7);
        assertEquals(new SummaryRow(null, "t1", 0, NAN, NAN, 0, 14, 0.0, 0, NAN, NAN, 0, 0.0,
                0, NAN, NAN, 0, 0.0, 0, 0, 0.0), s.perType().get(0));
        assertEquals(2, s.perColumnType().size());
    }

    @Test
    void aSynapseStructureOverridesTheSectionLabel() {
        // A soma label on a dendritic section: counted as soma, path still from the section.
        Synapse onSoma = new Synapse(1, 3, 0.5, Structure.SOMA, 1, 2, 3, 0, -1);
        SampleSummary s = SummaryCalculator.summarize(cell(),
                new Realization(0, List.of(new SynapseBlock("A", "t1", List.of(onSoma)))),
                List.of("A"), List.of("t1"), (area, type) -> 2);
        SummaryRow r = s.perType().get(0);
        assertEquals(1, r.somaSynapses());
        assertEquals(1, r.somaConnected());
        assertEquals(0.5, r.somaConvergence());
        assertEquals(0, r.basalSynapses());
        assertEquals(50.0, r.meanPath());
    }

    @Test
    void aCellIsConnectedOncePerStructure() {
        // cell 0 has two basal and one apical synapse, cell 1 two basal ones.
        Realization r = new Realization(0, List.of(new SynapseBlock("A", "t1",
                List.of(syn(1, 0.5, 0), syn(2, 0.5, 0), syn(3, 1.0, 0), syn(1, 1.0, 1), syn(2, 1.0, 1)))));
        SummaryRow row = SummaryCalculator.summarize(cell(), r, List.of("A"), List.of("t1"), (a, t) -> 4)
                .perType().get(0);
        assertEquals(2, row.connected());
        assertEquals(4, row.basalSynapses());
        assertEquals(2, row.basalConnected());
        assertEquals(1, row.apicalConnected());
        assertEquals(0.25, row.apicalConvergence());
    }

    @Test
    void rejectsSynapsesOnUnknownSectionsAndMissingPresynapticCells() {
        Realization bad = new Realization(0, List.of(new SynapseBlock("A", "t1", List.of(syn(9, 0.5, 0)))));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SummaryCalculator
                .summarize(cell(), bad, List.of("A"), List.of("t1"), (a, t) -> 3));
        assertEquals("t1_A: synapse 0 lies on section 9, but hand.hoc has sections 0..4", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SummaryCalculator
                .summarize(cell(), realization(), List.of("A"), List.of("t1"), (a, t) -> 0));
    }
}
