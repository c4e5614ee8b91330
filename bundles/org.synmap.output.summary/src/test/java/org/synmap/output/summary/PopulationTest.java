package org.synmap.output.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PopulationTest {
    static final double NAN = Double.NaN;

    /** A sample without synapses of "t" (placeholders) and one with four apical synapses. */
    @Test
    void meansAndSdsIncludeThePlaceholdersAndRepeatTheMeanPathPairs() {
        SummaryRow empty = new SummaryRow(null, "t", 0, NAN, NAN, 0, 10, 0.0, 0, NAN, NAN, 0, 0.0,
                0, NAN, NAN, 0, 0.0, 0, 0, 0.0);
        SummaryRow four = new SummaryRow(null, "t", 4, 100.0, 20.0, 2, 10, 0.2, 4, 100.0, 20.0, 2, 0.2,
                0, NAN, NAN, 0, 0.0, 0, 0, 0.0);
        List<PopulationRow> rows = SummaryCalculator.population(List.of(
                new SampleSummary(List.of(empty), List.of()), new SampleSummary(List.of(four), List.of())));
        assertEquals(1, rows.size());
        assertEquals("t", rows.get(0).type());
        assertEquals(List.of(
                2.0, 2.0, // synapses 0, 4
                49.5, 50.5, // mean path -1 (placeholder, Q9), 100
                9.5, 10.5, // SD path -1, 20
                1.0, 1.0, // connected 0, 2
                10.0, // presynaptic cells: mean only
                0.1, 0.1, // convergence 0, 0.2
                2.0, 2.0, 49.5, 50.5,
                49.5, 50.5, // Q8: the apical SD-path pair repeats the mean-path pair
                1.0, 1.0, 0.1, 0.1,
                0.0, 0.0, -1.0, 0.0,
                -1.0, 0.0, // Q8 for basal
                0.0, 0.0, 0.0, 0.0,
                0.0, 0.0, 0.0, 0.0, 0.0, 0.0), rows.get(0).values());
    }

    @Test
    void oneSampleGivesItsValuesAndZeroSds() {
        SampleSummary s = SummaryCalculatorTest.summary();
        List<PopulationRow> rows = SummaryCalculator.population(List.of(s));
        assertEquals(List.of("t1", "t2"), rows.stream().map(PopulationRow::type).toList());
        SummaryRow t1 = s.perType().get(0);
        List<Double> v = rows.get(0).values();
        assertEquals(6.0, v.get(0));
        assertEquals(0.0, v.get(1));
        assertEquals(t1.meanPath(), v.get(2));
        assertEquals(t1.sdPath(), v.get(4));
        assertEquals(15.0, v.get(8));
        assertEquals(t1.convergence(), v.get(9));
        assertEquals(t1.apicalMeanPath(), v.get(15)); // Q8
        assertEquals(-1.0, rows.get(1).values().get(23)); // t2 has no basal synapses
    }

    @Test
    void rowsFollowTheFirstSampleAndEverySampleNeedsEveryType() {
        SummaryRow a = row("a", 1);
        SummaryRow b = row("b", 2);
        List<PopulationRow> rows = SummaryCalculator.population(List.of(
                new SampleSummary(List.of(b, a), List.of()), new SampleSummary(List.of(a, b), List.of())));
        assertEquals(List.of("b", "a"), rows.stream().map(PopulationRow::type).toList());
        assertThrows(IllegalArgumentException.class, () -> SummaryCalculator.population(List.of(
                new SampleSummary(List.of(a, b), List.of()), new SampleSummary(List.of(a), List.of()))));
        assertThrows(IllegalArgumentException.class, () -> SummaryCalculator.population(List.of()));
    }

    @Test
    void representativeIsTheClosestSampleInsideTwoSds() {
        // counts 10, 12, 20: mean 14, all |z| < 2, sample 1 closest
        assertEquals(new Representative(1, true), SummaryCalculator.representative(samples(new int[][] {{10, 12, 20}})));
        assertEquals(1, SummaryCalculator.representativeIndex(samples(new int[][] {{10, 12, 20}})));
        // samples 1 and 2 tie at the mean: the earliest wins
        assertEquals(new Representative(1, true), SummaryCalculator.representative(samples(new int[][] {{10, 12, 12, 14}})));
        // a single sample, or no spread at all
        assertEquals(new Representative(0, true), SummaryCalculator.representative(samples(new int[][] {{7}})));
        assertEquals(new Representative(0, true), SummaryCalculator.representative(samples(new int[][] {{3, 3, 3}})));
    }

    /**
     * Six samples. Types a and b put samples 0 and 5 outside ±2 SD (z² = 5; z² = 0.2 for the
     * others); four types c give samples 1–4 z² = 1.5 each and samples 0, 5 zero. So d² is 5.2 for
     * samples 0 and 5 and 6.4 for samples 1–4: the inside samples win over the closer outside ones.
     */
    @Test
    void anInsideSampleBeatsACloserOutsideOne() {
        int[] c = {5, 0, 10, 0, 10, 5};
        assertEquals(new Representative(1, true), SummaryCalculator.representative(samples(new int[][] {
                {1, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 1}, c, c, c, c})));
    }

    /**
     * Type k (k = 0..5) puts sample k outside (z = √5 > 2), so no sample is inside. Type 6
     * (counts 0,10,1,5,8,6; mean 5) gives sample 3 z = 0 and every other sample z² > 0: the
     * fallback picks sample 3.
     */
    @Test
    void fallsBackToTheGlobalMinimumWhenNoSampleIsInside() {
        int[][] counts = new int[7][];
        for (int k = 0; k < 6; k++) {
            counts[k] = new int[6];
            counts[k][k] = 1;
        }
        counts[6] = new int[] {0, 10, 1, 5, 8, 6};
        assertEquals(new Representative(3, false), SummaryCalculator.representative(samples(counts)));
    }

    /** Samples from synapse counts: {@code counts[type][sample]}; types named t0, t1, … */
    static List<SampleSummary> samples(int[][] counts) {
        List<SampleSummary> samples = new ArrayList<>();
        for (int s = 0; s < counts[0].length; s++) {
            List<SummaryRow> rows = new ArrayList<>();
            for (int t = 0; t < counts.length; t++) {
                rows.add(row("t" + t, counts[t][s]));
            }
            samples.add(new SampleSummary(rows, List.of()));
        }
        return samples;
    }

    static SummaryRow row(String type, int synapses) {
        return new SummaryRow(null, type, synapses, NAN, NAN, 0, 1, 0.0, 0, NAN, NAN, 0, 0.0,
                0, NAN, NAN, 0, 0.0, 0, 0, 0.0);
    }
}
