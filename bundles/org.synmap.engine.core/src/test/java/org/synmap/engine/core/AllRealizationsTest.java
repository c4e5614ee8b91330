package org.synmap.engine.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synmap.connectome.api.ProgressListener;
import org.synmap.engine.api.EmbedOutcome;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code --all-realizations}: every sample in its own folder, with ISF's sample-only summary. */
class AllRealizationsTest {
    private static final int SAMPLES = 3;

    @TempDir
    Path dir;

    @Test
    void everySampleHasItsOwnFolderWithSynConAndTwoTableSummary() throws Exception {
        Engine engine = TestEngines.full();
        EmbedOutcome o = engine.embed(TestEngines.job(TestEngines.L5TT, SAMPLES, 5, 2, dir, true, List.of("isf")),
                ProgressListener.NONE);
        String syn = TestEngines.l5ttFile("synapses", "syn");
        String con = TestEngines.l5ttFile("synapses", "con");
        String summary = TestEngines.l5ttFile("summary", "csv");
        JsonNode perSample = new ObjectMapper().readTree(dir.resolve("run.json").toFile()).get("perSample");
        Set<String> synTexts = new HashSet<>();
        for (int i = 0; i < SAMPLES; i++) {
            Path sample = dir.resolve("realizations").resolve("sample_00" + i);
            assertEquals(List.of(Path.of("NumberOfConnectedCells.csv"), Path.of(summary), Path.of(con), Path.of(syn)),
                    TestEngines.files(sample), "sample " + i);
            String text = Files.readString(sample.resolve(syn));
            synTexts.add(text);
            // One line per synapse after the header (three # lines and a blank line, isf-spec §2.7).
            assertEquals(perSample.get(i).get("synapses").asInt(), text.split("\n").length - 4, "sample " + i);
            List<String> titles = Files.readAllLines(sample.resolve(summary)).stream().filter(l -> l.startsWith("# "))
                    .toList();
            assertEquals(List.of("# connectivity per cell type summary", "# connectivity per column per cell type summary"),
                    titles, "variant B: the sample's own tables, no population");
        }
        assertEquals(SAMPLES, synTexts.size(), "the samples' .syn files differ");
        // The representative sample's copy at the top equals its folder's .syn.
        String top = Files.readString(dir.resolve(syn));
        assertEquals(top, Files.readString(dir.resolve("realizations/sample_00" + o.representative()).resolve(syn)));
        List<String> topTitles = Files.readAllLines(dir.resolve(summary)).stream().filter(l -> l.startsWith("# "))
                .toList();
        assertEquals(3, topTitles.size(), "variant A at the top: population, representative, per column");
        assertTrue(o.files().contains(dir.resolve("realizations/sample_002").resolve(syn)));
        assertFalse(TestEngines.files(dir).stream().anyMatch(p -> p.toString().contains(".tmp")
                || p.toString().contains("staging")));
    }
}
