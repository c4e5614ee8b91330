package org.synmap.output.isf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.synmap.connectome.api.Population;
import org.synmap.connectome.api.Realization;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.hoc.HocReader;
import org.synmap.output.api.EmbeddingResult;
import org.synmap.output.summary.SampleSummary;
import org.synmap.output.summary.SummaryCalculator;
import org.synmap.test.support.SharedData;

/**
 * ISF's own outputs on the golden dataset: the representative realization is read back from
 * ISF's .syn/.con, summarized with {@link SummaryCalculator} and written with {@link IsfWriter}.
 * Everything derived from that one realization must equal ISF's files byte for byte: the .syn,
 * the .con, the rows of NumberOfConnectedCells.csv (ISF's row order is an unstable sort, D3), the
 * summary's per-type and per-column tables, and, for the one-sample run, the whole summary CSV
 * (its population table is then a function of the one sample).
 */
class GoldenRunsTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"seed7-samples1", "seed7-samples4", "seed99-samples3"})
    void writerReproducesIsfOutputs(String run) throws IOException {
        Path golden = SharedData.goldenRun(run);
        Path syn = SharedData.onlyFileEndingWith(golden, ".syn");
        String synName = syn.getFileName().toString();
        String runId = synName.substring("86_C2_center_synapses_".length(), synName.length() - ".syn".length());

        Realization realization = new IsfRealizationReader().read(syn);
        Morphology cell = new HocReader().read(SharedData.resolve("isf-data/morphologies/86_C2_center.hoc"));
        assertEquals("86_C2_center.hoc", cell.name());
        NrCells nrCells = NrCells.read(SharedData.resolve("isf-golden/dataset/nrCells.csv"));
        int samples = Integer.parseInt(run.substring(run.indexOf("samples") + "samples".length()));
        List<Population> populations = new ArrayList<>();
        for (String area : nrCells.areas) {
            for (String type : nrCells.types) {
                populations.add(new Population(type, area, nrCells.cells(area, type), true));
            }
        }
        EmbeddingResult result = new EmbeddingResult(cell, "L5tt", "barrel-cortex", populations, realization,
                List.of(realization), runId, Map.of());

        List<Path> files = new IsfWriter().write(result, tmp);
        List<String> names = files.stream().map(p -> p.getFileName().toString()).toList();
        assertEquals(List.of(synName, "86_C2_center_synapses_" + runId + ".con", "NumberOfConnectedCells.csv",
                "86_C2_center_summary_" + runId + ".csv"), names);
        try (var left = Files.list(tmp)) {
            assertEquals(4, left.count(), "no temporary files are left behind");
        }

        assertBytesEqual(golden.resolve(names.get(0)), files.get(0));
        assertBytesEqual(golden.resolve(names.get(1)), files.get(1));

        List<String> isfConnected = Files.readAllLines(golden.resolve(names.get(2)));
        List<String> ours = Files.readAllLines(files.get(2));
        assertEquals(isfConnected.get(0), ours.get(0));
        assertEquals(528, ours.size() - 1);
        assertEquals(new HashSet<>(isfConnected), new HashSet<>(ours));
        List<String> sorted = new ArrayList<>(ours.subList(1, ours.size()));
        sorted.sort(null);
        assertEquals(sorted, ours.subList(1, ours.size()), "rows sorted by column, then type");

        String isfSummary = Files.readString(golden.resolve(names.get(3)));
        String ourSummary = Files.readString(files.get(3));
        String[] isfTables = isfSummary.split("\n\n");
        String[] ourTables = ourSummary.split("\n\n");
        assertEquals(3, ourTables.length);
        assertEquals(isfTables[1], ourTables[1], "representative realization summary");
        assertEquals(isfTables[2], ourTables[2], "per column per cell type summary");
        if (samples == 1) {
            assertEquals(isfSummary, ourSummary);
        } else {
            assertEquals(isfTables[0].lines().limit(2).toList(), ourTables[0].lines().limit(2).toList(),
                    "population title and header");
        }
    }

    private static void assertBytesEqual(Path expected, Path actual) throws IOException {
        assertArrayEquals(Files.readAllBytes(expected), Files.readAllBytes(actual), actual.getFileName().toString());
    }

    /** The golden dataset's nrCells.csv: a header of areas, then one row of counts per type. */
    static final class NrCells {
        final List<String> areas;
        final List<String> types = new ArrayList<>();
        private final Map<String, Integer> cells = new HashMap<>();

        private NrCells(List<String> areas) {
            this.areas = areas;
        }

        static NrCells read(Path file) throws IOException {
            List<String> lines = Files.readAllLines(file);
            String[] header = lines.get(0).split("\t");
            NrCells n = new NrCells(Arrays.asList(header).subList(1, header.length));
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t");
                n.types.add(f[0]);
                for (int i = 1; i < f.length; i++) {
                    n.cells.put(header[i] + "/" + f[0], Integer.parseInt(f[i].trim()));
                }
            }
            return n;
        }

        int cells(String area, String type) {
            return cells.get(area + "/" + type);
        }
    }
}
