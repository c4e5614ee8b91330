package org.synmap.output.api;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.synmap.connectome.api.Population;
import org.synmap.connectome.api.Realization;
import org.synmap.morphology.api.Morphology;

/**
 * A finished embedding, ready to be written.
 *
 * @param morphology       the postsynaptic neuron
 * @param postsynapticType its cell type
 * @param model            the connectome model's name
 * @param populations      the model's presynaptic populations in output order; the
 *                         realization's blocks follow it
 * @param realization      the realization to write (the representative sample, or one of all)
 * @param samples          every sample drawn, in index order, when {@code realization} stands
 *                         for all of them (so that writers may summarise the distribution);
 *                         empty when the result stands for one realization only (ISF's
 *                         simulation mode)
 * @param runId            ISF's run id {@code <yyyyMMdd-HHmm>_<pid>}, used in file names
 * @param run              the run's record (seed, versions, inputs) for provenance files
 */
public record EmbeddingResult(
        Morphology morphology,
        String postsynapticType,
        String model,
        List<Population> populations,
        Realization realization,
        List<Realization> samples,
        String runId,
        Map<String, Object> run) {

    public EmbeddingResult {
        Objects.requireNonNull(morphology);
        Objects.requireNonNull(postsynapticType);
        Objects.requireNonNull(model);
        Objects.requireNonNull(realization);
        populations = List.copyOf(populations);
        samples = List.copyOf(samples);
        Objects.requireNonNull(runId);
        run = Map.copyOf(run);
    }

    /** Whether this result stands for many samples (the representative of a population of samples). */
    public boolean hasPopulation() {
        return !samples.isEmpty();
    }

    /** The populations' distinct areas, in population order; empty strings (no area) included. */
    public List<String> areas() {
        LinkedHashSet<String> areas = new LinkedHashSet<>();
        populations.forEach(p -> areas.add(p.area()));
        return new ArrayList<>(areas);
    }

    /** The populations' distinct types, in population order. */
    public List<String> cellTypes() {
        LinkedHashSet<String> types = new LinkedHashSet<>();
        populations.forEach(p -> types.add(p.type()));
        return new ArrayList<>(types);
    }

    /** Number of cells of the population (type, area), 0 when the model has no such population. */
    public int cellCount(String area, String type) {
        for (Population p : populations) {
            if (p.area().equals(area) && p.type().equals(type)) {
                return p.cells();
            }
        }
        return 0;
    }
}
