package org.synmap.output.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.synmap.test.support.SharedData;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * ISF's golden runs record per sample the synapse and connected-cell counts per type
 * ({@code isf-run.json}). From those alone the population columns "Number of synapses",
 * "Connected presynaptic cells", "Total presynaptic cells" and "Convergence" (mean and STD) and
 * the representative sample follow; they must equal ISF's summary CSV and choice exactly.
 */
class GoldenPopulationTest {

    @ParameterizedTest
    @ValueSource(strings = {"seed7-samples1", "seed7-samples4", "seed99-samples3"})
    void countColumnsAndRepresentativeMatchIsf(String run) throws IOException {
        Path dir = SharedData.goldenRun(run);
        JsonNode json = new ObjectMapper().readTree(dir.resolve("isf-run.json").toFile());
        List<SampleSummary> samples = new ArrayList<>();
        JsonNode cells = json.path("presynaptic_cells").path("per_type");
        for (JsonNode sample : json.path("samples")) {
            List<SummaryRow> rows = new ArrayList<>();
            cells.fieldNames().forEachRemaining(type -> rows.add(countsRow(type,
                    sample.path("synapses_per_type").path(type).asInt(0),
                    sample.path("connected_cells_per_type").path(type).asInt(0), cells.path(type).asInt())));
            samples.add(new SampleSummary(rows, List.of()));
        }
        assertEquals(json.path("nr_of_samples").asInt(), samples.size());

        Map<String, String[]> golden = populationTable(dir);
        List<PopulationRow> rows = SummaryCalculator.population(samples);
        assertEquals(golden.keySet().size(), rows.size());
        for (PopulationRow row : rows) {
            String[] expected = golden.get(row.type());
            for (int column : new int[] {0, 1, 6, 7, 8, 9, 10}) {
                assertEquals(Double.parseDouble(expected[column + 1]), row.values().get(column),
                        run + " " + row.type() + " value " + column);
            }
        }
        assertEquals(json.path("representative_sample").asInt(), SummaryCalculator.representativeIndex(samples));
    }

    private static SummaryRow countsRow(String type, int synapses, int connected, int cells) {
        double nan = Double.NaN;
        double convergence = synapses == 0 ? 0.0 : (double) connected / cells;
        return new SummaryRow(null, type, synapses, nan, nan, connected, cells, convergence,
                0, nan, nan, 0, 0.0, 0, nan, nan, 0, 0.0, 0, 0, 0.0);
    }

    /** Table 1 of the run's summary CSV: type → its fields (type first). */
    private static Map<String, String[]> populationTable(Path dir) throws IOException {
        Path csv;
        try (Stream<Path> files = Files.list(dir)) {
            csv = files.filter(p -> p.getFileName().toString().contains("_summary_")).findFirst().orElseThrow();
        }
        List<String> lines = Files.readAllLines(csv);
        assertEquals("# connectivity per cell type population summary", lines.get(0));
        Map<String, String[]> rows = new HashMap<>();
        for (int i = 2; !lines.get(i).isEmpty(); i++) {
            String[] f = lines.get(i).split("\t");
            assertEquals(1 + PopulationRow.VALUE_COUNT, f.length);
            rows.put(f[0], f);
        }
        return rows;
    }
}
