package org.synmap.engine.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.synmap.engine.api.BenchJob;
import org.synmap.engine.api.BenchReport;
import org.synmap.engine.api.BenchReport.Repeat;
import org.synmap.engine.api.SynmapException;

/** The benchmark's table: medians and ranges over repeats, targets and ISF's figures, computed by hand. */
class BenchReportTest {
    private static final long MIB = 1024L * 1024;

    private static BenchReport report(int samples, Repeat... repeats) {
        return new BenchReport("synthetic-barrel-cortex seed=1", "builtin:l5tt-c2", "L5tt", samples, 2, 2, "17",
                4096 * MIB, 24000.5, 19000.25, List.of(repeats));
    }

    /** The cells of the table row whose first cell is {@code measure}. */
    private static List<String> row(BenchReport r, String measure) {
        for (String line : r.format().split("\n")) {
            if (line.startsWith(measure + "  ")) {
                return Arrays.asList(line.split(" {2,}"));
            }
        }
        throw new AssertionError("no row " + measure + " in\n" + r.format());
    }

    @Test
    void mediansRangesTargetsAndIsfRatios() {
        BenchReport r = report(50,
                new Repeat(0.5, 2.5, 10.0, 8.0, 30.0, 1.0, 2048 * MIB, 200 * MIB),
                new Repeat(0.7, 3.3, 12.0, 9.0, 25.0, 1.2, 3072 * MIB, 210 * MIB),
                new Repeat(0.6, 2.9, 11.0, 7.5, 40.0, 0.9, 2560 * MIB, 205 * MIB));
        assertEquals(List.of("open model", "0.60 s", "0.50 s - 0.70 s"), row(r, "open model"));
        // load + precompute per repeat: 3.0, 4.0, 3.5 s; ISF ~70 s → 70 / 3.5 = 20×.
        assertEquals(List.of("load + precompute (open + prepare)", "3.50 s", "3.00 s - 4.00 s", "<= 10 s", "yes",
                "~70 s", "20x"), row(r, "load + precompute (open + prepare)"));
        // 220 s = 220,000 ms per ISF sample; 220,000 / 11 = 20,000×.
        assertEquals(List.of("one sample, 1 thread: median of 50", "11.0 ms", "10.0 ms - 12.0 ms", "<= 50 ms",
                "yes", "~220 s", "20,000x"), row(r, "one sample, 1 thread: median of 50"));
        assertEquals(List.of("one sample, 1 thread: slowest", "30.0 ms", "25.0 ms - 40.0 ms"),
                row(r, "one sample, 1 thread: slowest"));
        // 50 samples: ISF 50 × 220 s = 11,000 s; synmap's median 1.0 s.
        assertEquals(List.of("50 samples + summaries + outputs, 2 threads", "1.00 s", "0.90 s - 1.20 s", "<= 10 s",
                "yes", "~11,000 s", "11,000x"), row(r, "50 samples + summaries + outputs, 2 threads"));
        assertEquals(List.of("peak heap used", "2.50 GiB", "2.00 GiB - 3.00 GiB"), row(r, "peak heap used"));
        assertEquals(List.of("heap retained after precompute", "205 MiB", "200 MiB - 210 MiB"),
                row(r, "heap retained after precompute"));
    }

    @Test
    void missedTargetsSayNoAndTheJobTargetScalesWithSamples() {
        BenchReport r = report(100, new Repeat(5, 8, 60, 55, 70, 25, MIB, MIB),
                new Repeat(5, 9, 62, 56, 71, 26, MIB, MIB));
        assertEquals(20.0, r.targetJobSeconds());
        assertEquals(List.of("load + precompute (open + prepare)", "13.5 s", "13.0 s - 14.0 s", "<= 10 s", "NO",
                "~70 s", "5x"), row(r, "load + precompute (open + prepare)"));
        assertEquals("NO", row(r, "one sample, 1 thread: median of 100").get(4));
        assertEquals(List.of("100 samples + summaries + outputs, 2 threads", "25.5 s", "25.0 s - 26.0 s", "<= 20 s",
                "NO", "~22,000 s", "863x"), row(r, "100 samples + summaries + outputs, 2 threads"));
    }

    @Test
    void invalidJobsAndReports() {
        assertEquals("--repeats must be at least 1, got 0", assertThrows(SynmapException.class,
                () -> new BenchJob("x", java.util.Map.of(), "m", "L5tt", null, java.util.Map.of(), 5, 0, 1, 1))
                .getMessage());
        assertThrows(IllegalArgumentException.class, () -> report(5));
    }
}
