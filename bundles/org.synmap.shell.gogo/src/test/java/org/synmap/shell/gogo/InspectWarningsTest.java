package org.synmap.shell.gogo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Section;
import org.synmap.morphology.api.Structure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code synmap:inspect} shows the reader's warnings, in text and in JSON. */
class InspectWarningsTest {
    private static final List<Section> SOMA = List.of(new Section(0, "soma", Structure.SOMA, -1, Double.NaN,
            new double[] {0, 0, 0, 10, 0, 0}, new double[] {10, 10}));
    private static final List<String> WARNINGS = List.of(
            "c.hoc: ISF's hoc reader fails on this file (c.hoc:2: …); it was read with NEURON rules instead",
            "c.hoc:9: section 'soma_1' has zero length");

    /** Answers only the engine calls {@code inspect} makes for a morphology. */
    private static SynmapCommands commandsReading(Morphology m) {
        return new SynmapCommands(new FakeEngine().on("readMorphology", a -> m).engine(), null);
    }

    @Test
    void textListsEachWarningAfterTheTable() {
        String text = commandsReading(new Morphology("c.hoc", SOMA, WARNINGS)).inspect("c.hoc");
        assertTrue(text.endsWith("\nbounding box (um): x 0.000 .. 10.000, y 0.000 .. 0.000, z 0.000 .. 0.000"
                + "\nwarning: " + WARNINGS.get(0) + "\nwarning: " + WARNINGS.get(1)), text);
    }

    @Test
    void textWithoutWarningsEndsWithTheBoundingBox() {
        String text = commandsReading(new Morphology("c.hoc", SOMA)).inspect("c.hoc");
        assertFalse(text.contains("warning"), text);
        assertTrue(text.endsWith("z 0.000 .. 0.000"), text);
    }

    @Test
    void jsonHasAWarningsArrayAlwaysPresent() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        String with = commandsReading(new Morphology("c.hoc", SOMA, WARNINGS)).inspect("c.hoc", "--json");
        assertEquals(WARNINGS, List.of(mapper.readValue(mapper.readTree(with).get("warnings").toString(), String[].class)));
        JsonNode without = mapper.readTree(commandsReading(new Morphology("c.hoc", SOMA)).inspect("c.hoc", "--json"));
        assertTrue(without.get("warnings").isArray());
        assertEquals(0, without.get("warnings").size());
    }

    /** The reader is the best-ranked one for the extension (hoc-better ranks 10 over hoc's 0). */
    @Test
    void jsonNamesTheReaderAndItsParameters() throws Exception {
        JsonNode json = new ObjectMapper().readTree(commandsReading(new Morphology("c.hoc", SOMA))
                .inspect("c.HOC", "--json", "--reader-param", "rules=neuron"));
        assertEquals("hoc-better", json.get("reader").asText());
        assertEquals("neuron", json.get("readerParameters").get("rules").asText());
        JsonNode swc = new ObjectMapper().readTree(commandsReading(new Morphology("c.swc", SOMA))
                .inspect("c.swc", "--json"));
        assertEquals("swc", swc.get("reader").asText());
    }
}
