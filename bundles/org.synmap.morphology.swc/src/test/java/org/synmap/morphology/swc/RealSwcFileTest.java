package org.synmap.morphology.swc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Section;
import org.synmap.morphology.api.Structure;
import org.synmap.test.support.SharedData;

/**
 * The shipped 86_C2_center.swc (isf-spec §2.2): 13,969 samples in 2 trees, all type 1 with
 * radius 1.0. It reads, but every section is a soma section and the diameters are placeholders.
 */
class RealSwcFileTest {

    @Test
    void theLossySwcReadsWithClearWarnings() throws IOException {
        Path file = SharedData.require("isf-data/morphologies/86_C2_center.swc");
        Morphology m = new SwcReader().read(file);
        String f = file.toString();
        assertEquals(List.of(
                f + ": all 13969 samples have type 1 (soma): the file carries no dendrite labels, so every section is"
                        + " labelled Soma",
                f + ": all 13969 samples have radius 1.0: the diameters look like placeholders",
                f + ": 2 roots (lines 1, 11359): the morphology is not one connected tree",
                f + ":1: the soma samples from here branch; they form 142 soma sections instead of one",
                f + ":11359: the soma samples from here branch; they form 33 soma sections instead of one",
                // each root is a fork, so its section is that one sample
                f + ":1: section 'soma' has zero length; ISF's relative point positions are then undefined (isf-spec §1.3)",
                // sample 11358 repeats its parent's coordinates
                f + ":11358: section 'soma_141' has zero length; ISF's relative point positions are then undefined"
                        + " (isf-spec §1.3)",
                f + ":11359: section 'soma_142' has zero length; ISF's relative point positions are then undefined"
                        + " (isf-spec §1.3)"),
                m.warnings());
        assertEquals("86_C2_center.swc", m.name());
        assertEquals(175, m.sections().size());
        assertEquals(175, m.sections(Structure.SOMA).size());
        assertEquals(List.of(Structure.SOMA), m.structureOrder());
        // every sample once, plus one copied fork sample at the start of each of the 173 child sections
        assertEquals(13_969 + 173, m.pointCount());
        // sections are numbered depth first: the second tree starts after the 142 sections of the first
        assertEquals(List.of(0, 142), m.sections().stream().filter(s -> s.parentId() < 0).map(Section::id).toList());
        for (Section s : m.sections()) {
            for (int i = 0; i < s.pointCount(); i++) {
                assertEquals(2.0, s.diameter(i));
            }
        }
        assertEquals(sumOfParentDistances(file), m.totalLength(), 1e-6);
        assertEquals(15364.918021, m.totalLength(), 1e-6);
    }

    /** The total cable length computed straight from the file: every sample's distance to its parent. */
    private static double sumOfParentDistances(Path file) throws IOException {
        Map<Integer, double[]> xyz = new HashMap<>();
        List<int[]> links = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String[] f = line.strip().split("\\s+");
            if (f.length == 7 && !f[0].startsWith("#")) {
                int id = Integer.parseInt(f[0]);
                xyz.put(id, new double[] {Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4])});
                links.add(new int[] {id, Integer.parseInt(f[6])});
            }
        }
        double total = 0;
        for (int[] link : links) {
            if (link[1] >= 0) {
                double[] a = xyz.get(link[0]);
                double[] b = xyz.get(link[1]);
                total += Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
            }
        }
        return total;
    }
}
