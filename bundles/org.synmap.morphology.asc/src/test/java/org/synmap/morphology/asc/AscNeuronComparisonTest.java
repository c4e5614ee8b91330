package org.synmap.morphology.asc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Section;
import org.synmap.morphology.api.Structure;
import org.synmap.test.support.NeuronSimulator;

/**
 * Every test ASC file against NEURON 8.2's Import3d_Neurolucida3: the same number of dendritic
 * (basal and apical) sections and the same dendritic length within 0.01 % (in practice within
 * NEURON's single-precision 3-d points).
 */
class AscNeuronComparisonTest {
    private static final double RELATIVE_TOLERANCE = 1e-4;

    @TempDir
    Path work;

    @TestFactory
    Stream<DynamicTest> dendritesAsNeuronReadsThem() throws Exception {
        Path dir = AscReaderTest.resource("cell1.asc").getParent();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".asc")).sorted().toList().stream()
                    .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                        NeuronSimulator.Figures neuron = NeuronSimulator.neurolucida(file, work);
                        Morphology m = new AscReader().read(file);
                        long dendrites = m.sections().stream().filter(s -> s.structure() != Structure.SOMA).count();
                        double length = m.sections().stream().filter(s -> s.structure() != Structure.SOMA)
                                .mapToDouble(Section::length).sum();
                        assertEquals(neuron.sections(), dendrites, "dendritic sections");
                        assertEquals(neuron.length(), length, RELATIVE_TOLERANCE * neuron.length(), "dendritic length");
                    }));
        }
    }
}
