package org.synmap.output.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntBiFunction;

import org.synmap.connectome.api.Realization;
import org.synmap.connectome.api.SynapseBlock;
import org.synmap.morphology.api.Morphology;

/**
 * ISF's connectivity summary: the tables of one sample (isf-spec §1.12), the population
 * distribution over samples and the representative sample (§1.13).
 */
public final class SummaryCalculator {

    private SummaryCalculator() {
    }

    /**
     * Summarizes one sample (isf-spec §1.12).
     *
     * @param morphology       the postsynaptic cell; path lengths to the soma and, for synapses
     *                         without a structure, the section's structure come from it
     * @param realization      the sample's synapses; (area, type) pairs without a block have none
     * @param areas            the model's areas in model order
     * @param types            the model's presynaptic types in model order
     * @param presynapticCells number of presynaptic cells of an (area, type), ISF's {@code nrCells}
     * @throws IllegalArgumentException when a synapse lies on a section the morphology lacks, or
     *                                  a pair has synapses but no presynaptic cells
     */
    public static SampleSummary summarize(Morphology morphology, Realization realization, List<String> areas,
            List<String> types, ToIntBiFunction<String, String> presynapticCells) {
        Map<String, SynapseBlock> blocks = new HashMap<>();
        for (SynapseBlock b : realization.blocks()) {
            blocks.put(b.area() + "\0" + b.type(), b);
        }
        List<SummaryRow> perColumnType = new ArrayList<>();
        List<Tally> perType = new ArrayList<>();
        for (int t = 0; t < types.size(); t++) {
            perType.add(new Tally(0));
        }
        for (String area : areas) {
            for (int t = 0; t < types.size(); t++) {
                String type = types.get(t);
                int cells = presynapticCells.applyAsInt(area, type);
                if (cells < 0) {
                    throw new IllegalArgumentException(type + "_" + area + ": negative number of presynaptic cells " + cells);
                }
                SynapseBlock block = blocks.get(area + "\0" + type);
                Tally tally = block == null ? new Tally(cells) : Tally.of(block, morphology, cells);
                perColumnType.add(tally.toRow(area, type));
                // Areas are visited in model order, so the pooled path lists are concatenated in area order.
                perType.get(t).add(tally);
            }
        }
        List<SummaryRow> typeRows = new ArrayList<>();
        for (int t = 0; t < types.size(); t++) {
            typeRows.add(perType.get(t).toRow(null, types.get(t)));
        }
        return new SampleSummary(typeRows, perColumnType);
    }

    /**
     * ISF's population distribution (isf-spec §1.13, §2.10 table 1): per type, in the per-type
     * order of the first sample, the numpy mean and population SD across samples of each
     * per-sample value. Reproduces ISF exactly, including quirk Q9 (the -1 placeholders of samples
     * without synapses enter the means and SDs; the number of presynaptic cells has only a mean)
     * and bug Q8 (the apical and basal "SD path length" pairs repeat the "mean path length" pairs).
     *
     * @throws IllegalArgumentException when there are no samples, or a sample lacks a type of the first
     */
    public static List<PopulationRow> population(List<SampleSummary> samples) {
        return PopulationTable.of(samples);
    }

    /** Index of the representative sample (isf-spec §1.13); see {@link #representative(List)}. */
    public static int representativeIndex(List<SampleSummary> samples) {
        return representative(samples).index();
    }

    /**
     * ISF's representative sample (isf-spec §1.13) from the per-type synapse counts alone.
     *
     * @param types  the presynaptic types, each once
     * @param counts per sample (outer), the synapse count of each type in {@code types} order
     */
    public static Representative representative(List<String> types, List<int[]> counts) {
        return RepresentativeChoice.of(types, counts);
    }

    /**
     * ISF's representative sample (isf-spec §1.13). The features are the per-type synapse counts;
     * {@code z = (count − mean) / SD} per type (0 when SD is 0), {@code d² = Σ z²} summed in type
     * name order. Among the samples with every {@code |z| ≤ 2}, the one with the smallest d² wins,
     * the earliest on ties; when none qualifies, the smallest d² overall.
     *
     * @throws IllegalArgumentException when there are no samples, or a sample lacks a type of the first
     */
    public static Representative representative(List<SampleSummary> samples) {
        return RepresentativeChoice.of(samples);
    }
}
