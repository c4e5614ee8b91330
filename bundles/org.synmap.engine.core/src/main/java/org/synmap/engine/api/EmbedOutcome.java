package org.synmap.engine.api;

import java.nio.file.Path;
import java.util.List;

import org.synmap.output.summary.SummaryRow;

/**
 * What an embedding job produced.
 *
 * @param directory           the output directory
 * @param files               every file written
 * @param perType             the representative sample's per-type summary, in model type order
 * @param representative      index of the representative sample
 * @param withinTwoSd         whether the representative sample lies within ±2 SD on every type
 * @param samples             samples drawn
 * @param seed                the seed used
 * @param precomputeSeconds   wall time of the model's one-time precomputation
 * @param samplingSeconds     wall time of drawing and summarising all samples
 */
public record EmbedOutcome(Path directory, List<Path> files, List<SummaryRow> perType, int representative,
        boolean withinTwoSd, int samples, long seed, double precomputeSeconds, double samplingSeconds) {

    public EmbedOutcome {
        files = List.copyOf(files);
        perType = List.copyOf(perType);
    }
}
