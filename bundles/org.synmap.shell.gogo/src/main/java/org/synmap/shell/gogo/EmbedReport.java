package org.synmap.shell.gogo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.synmap.engine.api.EmbedJob;
import org.synmap.engine.api.EmbedOutcome;
import org.synmap.engine.api.TypeCounts;

/** What {@code embed} and {@code demo} print: the run, the per-type table of the representative sample. */
final class EmbedReport {
    private EmbedReport() {
    }

    /** The HTML report's format name and file, whose path the summary names. */
    static final String REPORT_FORMAT = "report";
    static final String REPORT_FILE = "report.html";
    static final String PLOTS_FORMAT = "plots";

    static String render(EmbedJob job, EmbedOutcome o) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"TYPE", "EXC/INH", "SYNAPSES", "CONNECTED CELLS", "APICAL", "BASAL", "SOMA"});
        long synapses = 0;
        long connected = 0;
        long apical = 0;
        long basal = 0;
        long soma = 0;
        for (TypeCounts c : o.perType()) {
            rows.add(new String[] {c.type(), c.excitatory() ? "EXC" : "INH", Integer.toString(c.synapses()),
                Integer.toString(c.connectedCells()), Integer.toString(c.apical()), Integer.toString(c.basal()),
                Integer.toString(c.soma())});
            synapses += c.synapses();
            connected += c.connectedCells();
            apical += c.apical();
            basal += c.basal();
            soma += c.soma();
        }
        rows.add(new String[] {"total", "", Long.toString(synapses), Long.toString(connected), Long.toString(apical),
            Long.toString(basal), Long.toString(soma)});
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "%s as %s: %d samples, seed %d, representative sample %d (%s)%n", job.morphology(), job.cellType(),
                o.samples(), o.seed(), o.representative(), o.representativeRule()));
        if (o.representativeNote() != null && !o.representativeNote().isBlank()) {
            text.append("note: ").append(o.representativeNote()).append('\n');
        }
        text.append(String.format(Locale.ROOT, "precompute %.2f s, sampling %.2f s%n", o.precomputeSeconds(),
                o.samplingSeconds()));
        text.append(Table.render(rows)).append("\noutputs in ").append(o.directory());
        Path report = o.directory().resolve(REPORT_FILE);
        if (o.files().contains(report)) {
            text.append("\nreport: ").append(report);
        }
        return text.toString();
    }
}
