package org.synmap.output.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.synmap.connectome.api.Realization;
import org.synmap.morphology.api.Morphology;

/**
 * A finished embedding, ready to be written.
 *
 * @param morphology       the postsynaptic neuron
 * @param postsynapticType its cell type
 * @param areas            the model's areas in model order
 * @param cellTypes        the model's presynaptic types in model order
 * @param realization      the realization to write (the representative sample, or one of all)
 * @param perType          summary of {@code realization} per presynaptic type
 * @param perColumnType    summary of {@code realization} per (column, type)
 * @param population       population summary over all samples, or empty when the result stands
 *                         for one realization only (ISF's simulation mode)
 * @param samples          number of samples drawn
 * @param runId            ISF's run id {@code <yyyyMMdd-HHmm>_<pid>}, used in file names
 * @param run              the run's record (seed, versions, inputs) for provenance files
 */
public record EmbeddingResult(
        Morphology morphology,
        String postsynapticType,
        List<String> areas,
        List<String> cellTypes,
        Realization realization,
        List<SummaryRow> perType,
        List<SummaryRow> perColumnType,
        List<PopulationRow> population,
        int samples,
        String runId,
        Map<String, Object> run) {

    public EmbeddingResult {
        Objects.requireNonNull(morphology);
        Objects.requireNonNull(realization);
        areas = List.copyOf(areas);
        cellTypes = List.copyOf(cellTypes);
        perType = List.copyOf(perType);
        perColumnType = List.copyOf(perColumnType);
        population = List.copyOf(population);
        Objects.requireNonNull(runId);
        run = Map.copyOf(run);
    }

    /** Whether this result carries a population summary (the representative sample of many). */
    public boolean hasPopulation() {
        return !population.isEmpty();
    }
}
