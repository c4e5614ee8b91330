package org.synmap.engine.core;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.synmap.engine.core.BatchManifest.Row;
import org.synmap.format.text.AtomicFiles;

/**
 * {@code batch.csv}: one line per job in manifest order, with its status, synapses, connected
 * cells, seconds and folder, rewritten atomically whenever a job finishes, so that it is never
 * half-written and always says how far the batch got.
 */
final class BatchIndex {
    static final String PENDING = "pending";
    static final String DONE = "done";
    static final String SKIPPED = "skipped";
    static final String FAILED = "failed";
    static final String HEADER = "line,morphology,cell_type,seed,samples,status,synapses,connected_cells,seconds,folder,error";

    private final Path manifest;
    private final Path file;
    private final List<Row> rows;
    private final String[] status;
    private final String[] details;

    BatchIndex(Path manifest, Path file, List<Row> rows) {
        this.manifest = manifest;
        this.file = file;
        this.rows = List.copyOf(rows);
        this.status = new String[rows.size()];
        this.details = new String[rows.size()];
        java.util.Arrays.fill(status, PENDING);
        java.util.Arrays.fill(details, ",,,");
    }

    Path manifest() {
        return manifest;
    }

    synchronized void set(Row row, String state, int synapses, int connected, double seconds, String error) {
        int i = rows.indexOf(row);
        status[i] = state;
        details[i] = (synapses < 0 ? "" : synapses) + "," + (connected < 0 ? "" : connected) + ","
                + (seconds > 0 ? String.format(Locale.ROOT, "%.3f", seconds) : "") + ","
                + error.replace(',', ';').replace('\n', ' ');
        try {
            AtomicFiles.writeText(file, text());
        } catch (IOException e) {
            throw EmbedRunner.cannotWrite(file.getParent(), e);
        }
    }

    private String text() {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            String[] d = details[i].split(",", 4);
            b.append(r.line()).append(',').append(r.morphology().replace(',', ';')).append(',').append(r.cellType())
                    .append(',').append(r.seed()).append(',').append(r.samples()).append(',').append(status[i])
                    .append(',').append(d[0]).append(',').append(d[1]).append(',').append(d[2]).append(',')
                    .append(r.folder()).append(',').append(d[3]).append('\n');
        }
        return b.toString();
    }

    synchronized int count(String state) {
        int n = 0;
        for (String s : status) {
            n += s.equals(state) ? 1 : 0;
        }
        return n;
    }

    synchronized int finished() {
        return rows.size() - count(PENDING);
    }

    synchronized String summary() {
        List<String> parts = new ArrayList<>();
        for (String s : List.of(DONE, SKIPPED, FAILED)) {
            parts.add(count(s) + " " + s);
        }
        return String.join(", ", parts);
    }
}
