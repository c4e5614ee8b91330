package org.synmap.engine.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synmap.connectome.api.ProgressListener;
import org.synmap.engine.api.EmbedJob;
import org.synmap.engine.api.SynmapException;

/** An output folder never mixes two runs and never keeps debris of a killed one. */
class OutputFolderTest {
    @TempDir
    Path dir;

    private static EmbedJob job(Path out, int samples, boolean allRealizations, boolean overwrite) {
        return new EmbedJob(TestEngines.SYNTHETIC, TestEngines.SMALL, TestEngines.L5TT, Map.of(), "L5tt", null,
                Map.of(), samples, 1, 2, out, allRealizations, List.of("isf"), false, overwrite);
    }

    @Test
    void aFolderHoldingAnotherRunIsRefused() throws Exception {
        Engine engine = TestEngines.full();
        Path out = dir.resolve("out");
        engine.embed(job(out, 3, true, false), ProgressListener.NONE);
        List<Path> before = TestEngines.files(out);
        String runJson = Files.readString(out.resolve("run.json"));
        SynmapException e = assertThrows(SynmapException.class,
                () -> engine.embed(job(out, 2, false, false), ProgressListener.NONE));
        assertEquals("output folder " + out + " holds another run (run.json); give another --out, or --overwrite"
                + " to replace that run as a whole", e.getMessage());
        assertEquals(before, TestEngines.files(out), "the earlier run is untouched");
        assertEquals(runJson, Files.readString(out.resolve("run.json")));
    }

    @Test
    void overwriteReplacesTheWholeRun() throws Exception {
        Engine engine = TestEngines.full();
        Path out = dir.resolve("out");
        engine.embed(job(out, 3, true, false), ProgressListener.NONE);
        Files.writeString(out.resolve("notes.txt"), "mine");
        assertTrue(Files.isDirectory(out.resolve("realizations/sample_002")));
        engine.embed(job(out, 2, false, true), ProgressListener.NONE);
        List<Path> after = TestEngines.files(out);
        assertFalse(Files.exists(out.resolve("realizations")), "no sample of the old run is left: " + after);
        assertEquals(6, after.size(), "four ISF files, run.json and the user's notes: " + after);
        assertTrue(Files.readString(out.resolve("run.json")).contains("\"samples\" : 2"));
        assertEquals("mine", Files.readString(out.resolve("notes.txt")), "files no run wrote are kept");
    }

    @Test
    void staleStagingOfADeadProcessIsRemovedAndReported() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        // pid 2^22+ is above Linux's pid_max default: no such process runs
        Path stale = Files.createDirectories(out.resolve(".synmap-staging-4999999-123"));
        Files.writeString(stale.resolve("half.syn"), "partial");
        Path live = Files.createDirectories(out.resolve(".synmap-staging-" + ProcessHandle.current().pid() + "-9"));
        List<String> notes = new ArrayList<>();
        ProgressListener listener = ProgressListener.notesTo(notes::add);
        TestEngines.full().embed(job(out, 2, false, false), listener);
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(live), "a staging folder of a running process is not touched");
        assertTrue(notes.contains("removed " + stale + ", left by an earlier run that was killed before it finished"),
                notes.toString());
    }

    @Test
    void impossibleSampleCountsAreRefusedBeforeLoading() {
        SynmapException e = assertThrows(SynmapException.class, () -> job(dir, 1_000_000_000, false, false));
        assertTrue(e.getMessage().startsWith("--samples 1000000000 exceeds the limit of 10000 samples per job"),
                e.getMessage());
    }

    @Test
    void outputsInsideTheDataFolderAreRefused() throws Exception {
        Engine engine = TestEngines.full();
        Path data = dir.resolve("bc");
        engine.exportModel(engine.openModel(TestEngines.SYNTHETIC, Map.of("scale", "0.01", "densities", "1")), "isf",
                data);
        Path out = data.resolve("results");
        EmbedJob job = new EmbedJob(data.toString(), Map.of(), TestEngines.L5TT, Map.of(), "L5tt", null, Map.of(), 1, 1,
                1, out, false, List.of("isf"), false);
        SynmapException e = assertThrows(SynmapException.class, () -> engine.embed(job, ProgressListener.NONE));
        assertEquals("output folder " + out + " lies inside the data folder " + data + "; write the outputs"
                + " elsewhere, so that the dataset stays as it was", e.getMessage());
        assertFalse(Files.exists(out));
    }
}
