package org.synmap.morphology.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class MorphologyWarningsTest {
    private static final List<Section> SOMA = List.of(new Section(0, "soma", Structure.SOMA, -1, Double.NaN,
            new double[] {0, 0, 0, 0, 10, 0}, new double[] {10, 10}));

    @Test
    void theTwoArgumentConstructorGivesNoWarnings() {
        assertEquals(List.of(), new Morphology("a.hoc", SOMA).warnings());
    }

    @Test
    void warningsAreKeptInOrderAndCannotChangeAfterwards() {
        List<String> given = new ArrayList<>(List.of("a.swc:3: first", "a.swc: second"));
        Morphology m = new Morphology("a.swc", SOMA, given);
        given.add("a.swc:9: added later");
        assertEquals(List.of("a.swc:3: first", "a.swc: second"), m.warnings());
        assertThrows(UnsupportedOperationException.class, () -> m.warnings().add("x"));
        assertEquals(10.0, m.totalLength());
    }
}
