package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synmap.connectome.api.Population;
import org.synmap.connectome.api.Realization;
import org.synmap.connectome.api.Synapse;
import org.synmap.connectome.api.SynapseBlock;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Section;
import org.synmap.morphology.api.Structure;
import org.synmap.output.api.EmbeddingResult;

/** The example writer: one exact line per synapse, and nothing else left in the folder. */
class SynapseTableWriterTest {
    @TempDir
    Path dir;

    @Test
    void writesOneLinePerSynapse() throws Exception {
        Morphology cell = new Morphology("c.swc", List.of(new Section(0, "dend", Structure.DENDRITE, -1, Double.NaN,
                new double[] {0, 0, 0, 10, 0, 0}, new double[] {1, 1})));
        Realization r = new Realization(0, List.of(new SynapseBlock("", "Uniform", List.of(
                new Synapse(0, -1, 0.25, Structure.DENDRITE, 2.5, 0, 0, 0, 3),
                new Synapse(0, -1, 0.1, Structure.DENDRITE, 1.0, 0, 0, 1, 5)))));
        EmbeddingResult result = new EmbeddingResult(cell, "X", UniformSynapsesModel.NAME,
                List.of(new Population("Uniform", "", 6, true)), r, List.of(r), "run", Map.of());

        List<Path> written = new SynapseTableWriter().write(result, dir);

        assertEquals(List.of(dir.resolve("synapses.tsv")), written);
        assertEquals(List.of("population\tpresynaptic_cell\tsection\tx\tstructure\tpx\tpy\tpz",
                "Uniform\t3\t0\t0.25\tDendrite\t2.5\t0.0\t0.0",
                "Uniform\t5\t0\t0.1\tDendrite\t1.0\t0.0\t0.0"), Files.readAllLines(written.get(0)));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }
}
