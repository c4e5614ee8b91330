package org.synmap.morphology.hoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Section;
import org.synmap.morphology.api.Structure;

class HocWriterTest {
    private static final Section SOMA = new Section(0, "soma", Structure.SOMA, -1, Double.NaN,
            new double[] {-122.693855, 394.814056, -379.372986, 0.1 + 0.2, 1e-7, -0.0}, new double[] {5.08481, 1e9});

    private static Section child(int id, String name, Structure structure, int parent, double parentX) {
        return new Section(id, name, structure, parent, parentX, new double[] {0, 0, 0, 1, 2, 2}, new double[] {1, 1});
    }

    @Test
    void writesIsfStyleText() {
        Morphology m = new Morphology("x.hoc", List.of(SOMA, child(1, "dend_1", Structure.DENDRITE, 0, 0.187136)));
        assertEquals("""
                {create soma}
                {access soma}
                {nseg = 1}
                {pt3dclear()}
                {pt3dadd(-122.693855, 394.814056, -379.372986, 5.08481)}
                {pt3dadd(0.30000000000000004, 0.0000001, -0.0, 1000000000)}

                {create dend_1}
                {connect dend_1(0), soma(0.187136)}
                {access dend_1}
                {nseg = 1}
                {pt3dclear()}
                {pt3dadd(0.0, 0.0, 0.0, 1.0)}
                {pt3dadd(1.0, 2.0, 2.0, 1.0)}
                """, HocWriter.render(m));
    }

    @Test
    void roundTripsExactlyAndReplacesAtomically(@TempDir Path dir) throws IOException {
        Morphology m = new Morphology("cell.hoc", List.of(SOMA, child(1, "apical_1", Structure.APICAL_DENDRITE, 0, 1.0),
                child(2, "BasalDendrite_2", Structure.DENDRITE, 1, 0.3333333333333333)));
        Path file = dir.resolve("cell.hoc");
        Files.writeString(file, "old content");
        new HocWriter().write(m, file);
        assertEquals(List.of(file), Files.list(dir).toList());
        Morphology back = new HocReader(HocRules.ISF).read(file);
        assertEquals(List.of(), back.warnings());
        assertEquals(m.sections(), back.sections());
    }

    @Test
    void anUnknownAttachmentIsWrittenAtTheParentsEnd() throws IOException {
        Morphology m = new Morphology("nan.hoc", List.of(SOMA, child(1, "dend_1", Structure.DENDRITE, 0, Double.NaN)));
        String text = HocWriter.render(m);
        assertEquals(1.0, Hoc.read(HocRules.ISF, "nan.hoc", text).section(1).parentX());
    }

    @Test
    void refusesWhatIsfsRulesCannotCarry(@TempDir Path dir) throws java.io.IOException {
        List<Morphology> bad = List.of(
                new Morphology("a", List.of(SOMA, child(1, "ApicalDendrite_1", Structure.APICAL_DENDRITE, 0, 1))),
                new Morphology("b", List.of(SOMA, child(1, "apical_dend", Structure.APICAL_DENDRITE, 0, 1))),
                new Morphology("c", List.of(SOMA, child(1, "dend 1", Structure.DENDRITE, 0, 1))),
                new Morphology("d", List.of(SOMA, child(1, "dendSpine", Structure.DENDRITE, 0, 1))),
                new Morphology("e", List.of(SOMA, child(1, "soma", Structure.SOMA, 0, 1))),
                new Morphology("f", List.of(SOMA, child(1, "dend_1", Structure.DENDRITE, -1, Double.NaN))));
        for (Morphology m : bad) {
            Path file = dir.resolve(m.name() + ".hoc");
            assertThrows(IllegalArgumentException.class, () -> new HocWriter().write(m, file), m.name());
            try (var files = Files.list(dir)) {
                assertEquals(0, files.count(), m.name() + ": neither the file nor a temporary file");
            }
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HocWriter.render(bad.get(0)));
        assertEquals("a: section 1 'ApicalDendrite_1' is ApicalDendrite, but ISF labels a section by its name and would"
                + " read it as nothing (dropped); rename it to contain exactly one of soma, dend, apical", e.getMessage());
    }
}
