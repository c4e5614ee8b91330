package org.synmap.morphology.hoc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Structure;
import org.synmap.test.support.NeuronSimulator;
import org.synmap.test.support.SharedData;

/**
 * Every hoc file here and in the ISF data, read by the default rules, against NEURON 8.2 itself:
 * the same number of sections (axon excluded) and the same total length. NEURON stores 3-d
 * points in single precision, so lengths agree to about 1e-7 relative, not bit for bit.
 */
class NeuronComparisonTest {
    private static final double RELATIVE_TOLERANCE = 1e-6;
    private static final String IMPORT3D_89 = "89_L5_CDK20050712_nr6L5B_dend_PC_neuron_transform_registered_C2"
            + "_NEURON_Import3D_names_arco.hoc";

    @TempDir
    Path work;

    @TestFactory
    Stream<DynamicTest> everyHocFileReadsAsNeuronReadsIt() throws Exception {
        List<Path> files = new ArrayList<>();
        for (String name : List.of("arrays.hoc", "cellbuilder.hoc", "names.hoc")) {
            files.add(NeuronStyleHocTest.resource(name));
        }
        if (SharedData.available()) {
            try (Stream<Path> shared = Files.walk(SharedData.root().resolve("isf-data"))) {
                shared.filter(p -> p.toString().endsWith(".hoc")).sorted().forEach(files::add);
            }
        }
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            NeuronSimulator.Figures neuron = NeuronSimulator.hoc(file, work);
            Morphology m = new HocReader().read(file);
            assertEquals(neuron.sections(), m.sections().size(), "sections");
            assertEquals(neuron.length(), m.totalLength(), RELATIVE_TOLERANCE * neuron.length(), "total length");
        }));
    }

    /** The acceptance: ISF's Import3D-array export of neuron 89 gives the figures of ISF's own 89_C2.hoc. */
    @Test
    void import3dExportOf89ReadsAsIsfs89C2() throws IOException {
        Path file = findImport3dExport();
        Morphology arrays = new HocReader().read(file);
        Morphology isf = new HocReader(HocRules.ISF).read(SharedData.require("isf-data/morphologies/89_C2.hoc"));
        assertEquals(126, arrays.sections().size());
        assertEquals(12_955.695, arrays.totalLength(), 5e-4);
        assertEquals(isf.sections().size(), arrays.sections().size());
        assertEquals(isf.totalLength(), arrays.totalLength(), 1e-9);
        Map<Structure, Double> expected = isf.lengthByStructure();
        Map<Structure, Double> actual = arrays.lengthByStructure();
        for (Structure s : Structure.values()) {
            assertEquals(isf.sections(s).size(), arrays.sections(s).size(), s.label());
            assertEquals(expected.get(s), actual.get(s), 1e-9, s.label());
        }
        assertEquals("dend[0]", arrays.section(1).name());
        assertEquals("apic[0]", arrays.section(52).name());
    }

    /** The export is GPL-licensed ISF data: read from the shared folder (or SYNMAP_SHARED), never copied here. */
    private static Path findImport3dExport() throws IOException {
        Path root = SharedData.root().resolve("isf-data");
        try (Stream<Path> files = Files.walk(root)) {
            List<Path> found = files.filter(p -> p.getFileName().toString().equals(IMPORT3D_89)).toList();
            Assumptions.assumeFalse(found.isEmpty(), () -> IMPORT3D_89 + " not found below " + root
                    + "; it is in ISF's repository (getting_started/example_data/morphology); place it in the shared"
                    + " folder to run this test");
            return found.get(0);
        }
    }
}
