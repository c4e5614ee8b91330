package org.synmap.engine.api;

import java.nio.file.Path;
import java.util.List;

/**
 * What an embedding job produced.
 *
 * @param directory           the output directory
 * @param files               every file written
 * @param perType             the representative sample's counts per presynaptic type, in the
 *                            model's population order
 * @param representative      index of the representative sample
 * @param representativeRule  the rule that chose it
 * @param representativeNote  what the user should know about that choice, or null
 * @param samples             samples drawn
 * @param seed                the seed used
 * @param precomputeSeconds   wall time of the model's one-time precomputation
 * @param samplingSeconds     wall time of drawing and counting all samples
 */
public record EmbedOutcome(Path directory, List<Path> files, List<TypeCounts> perType, int representative,
        String representativeRule, String representativeNote, int samples, long seed, double precomputeSeconds,
        double samplingSeconds) {

    public EmbedOutcome {
        files = List.copyOf(files);
        perType = List.copyOf(perType);
    }
}
