package org.synmap.engine.core;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.synmap.format.text.AtomicFiles;

/**
 * A batch's index, {@code batch.csv}: one line per job of the manifest, in its order, with the
 * job's status ({@code done}, {@code reused} from an earlier run, {@code failed}, or
 * {@code pending}), the representative sample's synapses and connected presynaptic cells, the
 * job's wall time, its folder (relative to the batch's folder) and, for a failure, the reason.
 * It is rewritten atomically (a temporary file moved over it) each time a job finishes, so a
 * reader never sees half a file and an interrupted batch leaves a true index.
 */
final class BatchIndex {
    static final String FILE = "batch.csv";
    static final String HEADER = "line,morphology,cell_type,seed,samples,status,synapses,connected_cells,seconds,"
            + "folder,message";

    /** What the index says of one job. */
    enum Status {
        PENDING, DONE, REUSED, FAILED;

        String text() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One job's entry.
     *
     * @param row            the job
     * @param status         its status
     * @param synapses       synapses of the representative sample, -1 when unknown
     * @param connectedCells connected presynaptic cells of the representative sample, -1 when unknown
     * @param seconds        wall time of the job in this run, NaN when it did not run
     * @param message        why it failed, or null
     */
    record Entry(BatchManifest.Row row, Status status, long synapses, long connectedCells, double seconds,
            String message) {

        static Entry pending(BatchManifest.Row row) {
            return new Entry(row, Status.PENDING, -1, -1, Double.NaN, null);
        }
    }

    private BatchIndex() {
    }

    /** Writes the index of {@code entries} into {@code batchDir} atomically. */
    static Path write(Path batchDir, List<Entry> entries) throws IOException {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        Path base = batchDir.toAbsolutePath().normalize();
        for (Entry e : entries) {
            BatchManifest.Row r = e.row();
            Path folder = r.folder().startsWith(base) ? base.relativize(r.folder()) : r.folder();
            b.append(r.line()).append(',')
                    .append(csv(r.morphology())).append(',')
                    .append(csv(r.cellType())).append(',')
                    .append(r.seed()).append(',')
                    .append(r.samples()).append(',')
                    .append(e.status().text()).append(',')
                    .append(e.synapses() < 0 ? "" : Long.toString(e.synapses())).append(',')
                    .append(e.connectedCells() < 0 ? "" : Long.toString(e.connectedCells())).append(',')
                    .append(Double.isNaN(e.seconds()) ? "" : String.format(Locale.ROOT, "%.3f", e.seconds()))
                    .append(',')
                    .append(csv(folder.toString())).append(',')
                    .append(e.message() == null ? "" : csv(e.message()))
                    .append('\n');
        }
        return AtomicFiles.writeText(base.resolve(FILE), b);
    }

    /** A CSV field, quoted where it holds a comma, a quote or a line break. */
    static String csv(String text) {
        String oneLine = text.replace("\r", " ").replace("\n", " ");
        if (oneLine.indexOf(',') < 0 && oneLine.indexOf('"') < 0) {
            return oneLine;
        }
        return '"' + oneLine.replace("\"", "\"\"") + '"';
    }
}
