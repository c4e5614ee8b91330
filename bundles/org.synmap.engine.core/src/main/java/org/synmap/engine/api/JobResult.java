package org.synmap.engine.api;

import java.util.List;
import java.util.Objects;

/**
 * The outputs of a job run on another machine.
 *
 * @param files          every file the job wrote, by its name relative to the job's folder, with
 *                       {@code run.json} last
 * @param synapses       synapses of the representative sample
 * @param connectedCells connected presynaptic cells of the representative sample
 * @param seconds        wall time of the job on the worker
 * @param worker         which worker ran it (for messages)
 * @since 2.1
 */
public record JobResult(List<OutputFile> files, long synapses, long connectedCells, double seconds, String worker) {

    /**
     * One output file.
     *
     * @param name    its path relative to the job's folder, with '/' between folders
     * @param content its bytes
     */
    public record OutputFile(String name, byte[] content) {
        public OutputFile {
            Objects.requireNonNull(name);
            Objects.requireNonNull(content);
        }
    }

    public JobResult {
        files = List.copyOf(files);
    }
}
