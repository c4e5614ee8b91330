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

/** Bad input fails before any work, with one line that says what is wrong and what would be right. */
class BadInputTest {
    private final Engine engine = TestEngines.full();

    @TempDir
    Path dir;

    /** Records the phases a job started: a job rejected before work starts none. */
    private static final class Phases implements ProgressListener {
        final List<String> started = new ArrayList<>();

        @Override
        public void start(String phase, long total) {
            started.add(phase);
        }

        @Override
        public void advance(long done) {
        }

        @Override
        public void finish() {
        }
    }

    private String rejected(String data, Map<String, String> dataParameters, String morphology, String cellType,
            String model, Map<String, String> modelParameters, List<String> formats) {
        Path out = dir.resolve("out");
        EmbedJob job = new EmbedJob(data, dataParameters, morphology, Map.of(), cellType, model, modelParameters, 3, 1, 2, out,
                false, formats, false);
        Phases phases = new Phases();
        SynmapException e = assertThrows(SynmapException.class, () -> engine.embed(job, phases));
        assertEquals(List.of(), phases.started, "work started before the input was rejected");
        assertFalse(Files.exists(out), "nothing may be written");
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e.getMessage();
    }

    private String rejected(String data, String morphology, String cellType) {
        return rejected(data, TestEngines.SMALL, morphology, cellType, null, Map.of(), List.of("isf"));
    }

    @Test
    void unknownCellTypeNamesTheValidOnes() {
        String m = rejected(TestEngines.SYNTHETIC, TestEngines.L5TT, "VPM");
        List<String> valid = engine.openModel(TestEngines.SYNTHETIC, TestEngines.SMALL).postsynapticTypes();
        assertEquals(21, valid.size(), "every ISF type but VPM (quirk Q12)");
        assertFalse(valid.contains("VPM"));
        // The model, not the engine, decides which cell types it takes, and says so.
        assertEquals("barrel-cortex: unknown postsynaptic cell type 'VPM' for model synthetic-barrel-cortex seed=1 "
                + "scale=0.05 densities=3 spacing=50.0 (it has no PST constants); valid types: "
                + String.join(" ", valid), m);
    }

    @Test
    void missingMorphologyFile() {
        Path missing = dir.resolve("missing.hoc");
        assertEquals("no such morphology file: " + missing,
                rejected(TestEngines.SYNTHETIC, missing.toString(), "L5tt"));
    }

    @Test
    void unreadableMorphologyNamesFileAndLine() throws Exception {
        Path bad = dir.resolve("bad.hoc");
        Files.writeString(bad, "create soma\nsoma {\n  pt3dadd(1, 2)\n}\n");
        String m = rejected(TestEngines.SYNTHETIC, bad.toString(), "L5tt");
        assertTrue(m.startsWith(bad + ":3: "), m);
    }

    @Test
    void unknownBuiltinMorphology() {
        assertEquals("no built-in morphology 'l2-c3'; known: l5tt-c2",
                rejected(TestEngines.SYNTHETIC, "builtin:l2-c3", "L5tt"));
    }

    @Test
    void unknownData() {
        assertEquals("'nowhere' is neither a density source (synthetic-barrel-cortex, isf-folder) "
                + "nor an existing folder", rejected("nowhere", TestEngines.L5TT, "L5tt"));
    }

    @Test
    void folderNoSourceRecognises() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertEquals("no density source recognises the folder " + empty
                + " (installed sources: synthetic-barrel-cortex, isf-folder)",
                rejected(empty.toString(), TestEngines.L5TT, "L5tt"));
    }

    @Test
    void unknownDataParameter() {
        assertEquals("synthetic-barrel-cortex: unknown parameter 'densty'; valid parameters: seed, scale, densities, spacing",
                rejected(TestEngines.SYNTHETIC, Map.of("densty", "2"), TestEngines.L5TT, "L5tt", null, Map.of(),
                        List.of("isf")));
    }

    @Test
    void unknownOutputFormat() {
        assertEquals("no output writer named 'sonata' (installed: isf)", rejected(TestEngines.SYNTHETIC,
                TestEngines.SMALL, TestEngines.L5TT, "L5tt", null, Map.of(), List.of("isf", "sonata")));
    }

    @Test
    void unknownModel() {
        assertEquals("no connectome model named 'cerebellum' (installed: barrel-cortex)", rejected(
                TestEngines.SYNTHETIC, TestEngines.SMALL, TestEngines.L5TT, "L5tt", "cerebellum", Map.of(),
                List.of("isf")));
    }

    @Test
    void unknownModelParameter() {
        String m = rejected(TestEngines.SYNTHETIC, TestEngines.SMALL, TestEngines.L5TT, "L5tt", null,
                Map.of("samplr", "fast"), List.of("isf"));
        assertTrue(m.startsWith("barrel-cortex: unknown parameter 'samplr'"), m);
    }

    @Test
    void outputFolderThatIsAFile() throws Exception {
        Path file = Files.writeString(dir.resolve("taken"), "a file");
        EmbedJob job = TestEngines.small(3, 1, 2, file);
        Phases phases = new Phases();
        SynmapException e = assertThrows(SynmapException.class, () -> engine.embed(job, phases));
        assertEquals("cannot write outputs to " + file + ": " + file + " exists and is not a folder", e.getMessage());
        assertEquals(List.of(), phases.started);
        assertEquals("a file", Files.readString(file));
    }

    @Test
    void impossibleCounts() {
        SynmapException e = assertThrows(SynmapException.class, () -> TestEngines.small(0, 1, 1, dir));
        assertEquals("--samples must be at least 1, got 0", e.getMessage());
        e = assertThrows(SynmapException.class, () -> TestEngines.small(1, 1, 0, dir));
        assertEquals("--threads must be at least 1, got 0", e.getMessage());
    }

    /** Issue 13: the replay sampler's seed range was checked only after the data was loaded. */
    @Test
    void aSeedTheReplaySamplerCannotUseIsRefusedBeforeLoading() {
        // the data does not exist: had it been opened first, that would be the error
        org.synmap.engine.api.SynmapException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.synmap.engine.api.SynmapException.class, () -> TestEngines.full().embed(new EmbedJob("no-such-data",
                        Map.of(), TestEngines.L5TT, Map.of(), "L5tt", null, Map.of("sampler", "isf-replay"), 2,
                        4_294_967_296L, 1, null, false, List.of("isf"), false), ProgressListener.NONE));
        assertEquals("barrel-cortex: sampler isf-replay replays numpy.random.seed(4294967296), which needs a seed in"
                + " [0, 4294967295]", e.getMessage());
    }
}
