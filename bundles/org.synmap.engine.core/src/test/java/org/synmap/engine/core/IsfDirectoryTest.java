package org.synmap.engine.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synmap.connectome.api.ProgressListener;
import org.synmap.engine.api.EmbedOutcome;
import org.synmap.engine.api.SynmapException;

/** Without {@code --out}, outputs go where ISF puts them (isf-spec §2.12). */
class IsfDirectoryTest {

    @TempDir
    Path dir;

    @Test
    void nextToTheHocNamedAfterItMinusFourCharacters() throws Exception {
        Engine engine = TestEngines.full();
        Path hoc = dir.resolve("86_C2_center.hoc");
        engine.writeMorphology(engine.readMorphology(TestEngines.L5TT), hoc);
        EmbedOutcome o = engine.embed(TestEngines.job(hoc.toString(), 2, 1, 2, null, false, List.of("isf")),
                ProgressListener.NONE);
        String id = TestEngines.RUN_ID;
        Path expected = dir.resolve("86_C2_center_synapses_" + id);
        assertEquals(expected, o.directory());
        assertEquals(List.of(Path.of("86_C2_center_summary_" + id + ".csv"),
                Path.of("86_C2_center_synapses_" + id + ".con"), Path.of("86_C2_center_synapses_" + id + ".syn"),
                Path.of("NumberOfConnectedCells.csv"), Path.of("run.json")), TestEngines.files(expected));
    }

    @Test
    void aSecondRunInTheSameMinuteDoesNotReplaceTheFirstRunsFiles() throws Exception {
        Engine engine = TestEngines.full();
        Path hoc = dir.resolve("cell.hoc");
        engine.writeMorphology(engine.readMorphology(TestEngines.L5TT), hoc);
        EmbedOutcome first = engine.embed(TestEngines.job(hoc.toString(), 2, 1, 1, null, false, List.of("isf")),
                ProgressListener.NONE);
        Path syn = first.directory().resolve("cell_synapses_" + TestEngines.RUN_ID + ".syn");
        byte[] before = Files.readAllBytes(syn);
        // Same run id (minute and process): ISF's name would be the same folder.
        SynmapException e = assertThrows(SynmapException.class, () -> engine.embed(
                TestEngines.job(hoc.toString(), 2, 2, 1, null, false, List.of("isf")), ProgressListener.NONE));
        assertTrue(e.getMessage().contains(first.directory() + " already exists"), e.getMessage());
        assertTrue(e.getMessage().contains("--out"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(syn), "the first run's .syn was replaced");
        assertEquals(5, TestEngines.files(first.directory()).size());
    }

    @Test
    void otherFilesLoseTheirExtensionLikeTheirOutputFiles() {
        assertEquals(Path.of("/data/cell_synapses_X"), EmbedRunner.isfDirectory("/data/cell.swc", null, "X"));
        assertEquals(Path.of("/data/cell_synapses_X"), EmbedRunner.isfDirectory("/data/cell.h5", null, "X"));
        assertEquals(Path.of("/data.v2/cell_synapses_X"), EmbedRunner.isfDirectory("/data.v2/cell", null, "X"));
        assertEquals(Path.of("/data/.hidden_synapses_X"), EmbedRunner.isfDirectory("/data/.hidden", null, "X"));
    }

    @Test
    void productionRunIdIsMinuteAndProcessId() {
        String id = EmbedRunner.isfRunId();
        assertTrue(Pattern.matches("\\d{8}-\\d{4}_\\d+", id), id);
        assertTrue(id.endsWith("_" + ProcessHandle.current().pid()), id);
    }
}
