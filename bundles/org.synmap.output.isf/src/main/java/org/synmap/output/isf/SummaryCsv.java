package org.synmap.output.isf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.synmap.format.text.PythonFloat;
import org.synmap.connectome.api.Realization;
import org.synmap.output.api.EmbeddingResult;
import org.synmap.output.summary.SampleSummary;
import org.synmap.output.summary.SummaryCalculator;
import org.synmap.output.summary.PopulationRow;
import org.synmap.output.summary.SummaryRow;

/**
 * ISF's summary CSV (isf-spec §2.10): TAB-separated tables, each a {@code # title} line, a header
 * and rows, separated by one empty line. With a population (variant A, the default driver) three
 * tables, without one (variant B, ISF's simulation driver) two. Titles and headers are those ISF's
 * reader keys on. Rows follow ISF's fixed type order ({@link IsfOrder#summaryTypes}); per-column
 * rows are grouped by column in plain string order.
 */
final class SummaryCsv {
    static final String POPULATION_TITLE = "# connectivity per cell type population summary";
    static final String REPRESENTATIVE_TITLE = "# connectivity per cell type representative realization summary";
    static final String SAMPLE_TITLE = "# connectivity per cell type summary";
    static final String PER_COLUMN_TITLE = "# connectivity per column per cell type summary";

    private static final String SAMPLE_HEADER = String.join("\t", "Presynaptic cell type", "Number of synapses",
            "Mean path length to soma", "SD path length to soma", "Connected presynaptic cells",
            "Total presynaptic cells", "Convergence", "Number of apical dendrite synapses",
            "Mean path length to soma (apical synapses)", "SD path length to soma (apical synapses)",
            "Connected presynaptic cells (apical synapses)", "Convergence (apical synapses)",
            "Number of basal dendrite synapses", "Mean path length to soma (basal synapses)",
            "SD path length to soma (basal synapses)", "Connected presynaptic cells (basal synapses)",
            "Convergence (basal synapses)", "Number of soma synapses",
            "Connected presynaptic cells (soma synapses)", "Convergence (soma synapses)");

    private static final String POPULATION_HEADER = String.join("\t", "Presynaptic cell type",
            "Number of synapses", "STD", "Mean path length to soma", "STD", "SD path length to soma", "STD",
            "Connected presynaptic cells", "STD", "Total presynaptic cells", "Convergence", "STD",
            "Number of apical dendrite synapses", "STD", "Mean path length to soma (apical synapses)", "STD",
            "SD path length to soma (apical synapses)", "STD", "Connected presynaptic cells (apical synapses)", "STD",
            "Convergence (apical synapses)", "STD", "Number of basal dendrite synapses", "STD",
            "Mean path length to soma (basal synapses)", "STD", "SD path length to soma (basal synapses)", "STD",
            "Connected presynaptic cells (basal synapses)", "STD", "Convergence (basal synapses)", "STD",
            "Number of soma synapses", "STD", "Connected presynaptic cells (soma synapses)", "STD",
            "Convergence (soma synapses)", "STD");

    private SummaryCsv() {
    }

    static String text(EmbeddingResult result) {
        SampleSummary realization = summarize(result, result.realization());
        List<String> tables = new ArrayList<>();
        if (result.hasPopulation()) {
            List<SampleSummary> all = new ArrayList<>(result.samples().size());
            for (Realization sample : result.samples()) {
                all.add(sample == result.realization() ? realization : summarize(result, sample));
            }
            tables.add(populationTable(SummaryCalculator.population(all)));
            tables.add(perTypeTable(REPRESENTATIVE_TITLE, realization.perType()));
        } else {
            tables.add(perTypeTable(SAMPLE_TITLE, realization.perType()));
        }
        tables.add(perColumnTable(realization.perColumnType()));
        return String.join("\n", tables);
    }

    /** ISF's summary of one sample over the result's populations (isf-spec §1.12). */
    static SampleSummary summarize(EmbeddingResult result, Realization sample) {
        try {
            return SummaryCalculator.summarize(result.morphology(), sample, result.areas(), result.cellTypes(),
                    result::cellCount);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot summarise sample " + sample.sampleIndex() + ": "
                    + e.getMessage(), e);
        }
    }

    private static String populationTable(List<PopulationRow> rows) {
        Map<String, PopulationRow> byType = new LinkedHashMap<>();
        rows.forEach(r -> byType.put(r.type(), r));
        StringBuilder sb = new StringBuilder();
        sb.append(POPULATION_TITLE).append('\n').append(POPULATION_HEADER).append('\n');
        for (String type : IsfOrder.summaryTypes(new ArrayList<>(byType.keySet()))) {
            sb.append(type);
            // All population values are numpy floats, placeholders included (-1.0).
            for (double v : byType.get(type).values()) {
                sb.append('\t').append(PythonFloat.repr(v));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String perTypeTable(String title, List<SummaryRow> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append(title).append('\n').append(SAMPLE_HEADER).append('\n');
        appendInTypeOrder(sb, rows);
        return sb.toString();
    }

    private static String perColumnTable(List<SummaryRow> rows) {
        Map<String, List<SummaryRow>> byColumn = new TreeMap<>();
        for (SummaryRow r : rows) {
            byColumn.computeIfAbsent(r.column(), c -> new ArrayList<>()).add(r);
        }
        StringBuilder sb = new StringBuilder();
        sb.append(PER_COLUMN_TITLE).append('\n').append("Presynaptic column\t").append(SAMPLE_HEADER).append('\n');
        for (List<SummaryRow> column : byColumn.values()) {
            appendInTypeOrder(sb, column);
        }
        return sb.toString();
    }

    private static void appendInTypeOrder(StringBuilder sb, List<SummaryRow> rows) {
        Map<String, SummaryRow> byType = new LinkedHashMap<>();
        rows.forEach(r -> byType.put(r.type(), r));
        for (String type : IsfOrder.summaryTypes(new ArrayList<>(byType.keySet()))) {
            appendRow(sb, byType.get(type));
        }
    }

    /** Counts as ints, path statistics as floats or ISF's int placeholder -1, convergences as floats. */
    private static void appendRow(StringBuilder sb, SummaryRow r) {
        if (r.column() != null) {
            sb.append(r.column()).append('\t');
        }
        sb.append(r.type());
        sb.append('\t').append(r.synapses());
        sb.append('\t').append(path(r.meanPath())).append('\t').append(path(r.sdPath()));
        sb.append('\t').append(r.connected()).append('\t').append(r.presynapticCells());
        sb.append('\t').append(PythonFloat.repr(r.convergence()));
        sb.append('\t').append(r.apicalSynapses());
        sb.append('\t').append(path(r.apicalMeanPath())).append('\t').append(path(r.apicalSdPath()));
        sb.append('\t').append(r.apicalConnected()).append('\t').append(PythonFloat.repr(r.apicalConvergence()));
        sb.append('\t').append(r.basalSynapses());
        sb.append('\t').append(path(r.basalMeanPath())).append('\t').append(path(r.basalSdPath()));
        sb.append('\t').append(r.basalConnected()).append('\t').append(PythonFloat.repr(r.basalConvergence()));
        sb.append('\t').append(r.somaSynapses()).append('\t').append(r.somaConnected());
        sb.append('\t').append(PythonFloat.repr(r.somaConvergence()));
        sb.append('\n');
    }

    private static String path(double v) {
        return Double.isNaN(v) ? "-1" : PythonFloat.repr(v);
    }
}
