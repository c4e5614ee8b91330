package org.synmap.engine.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.synmap.connectome.api.ProgressListener;
import org.synmap.engine.api.EmbedJob;
import org.synmap.engine.api.SynmapException;

/**
 * A plugin that throws becomes a one-line error naming the plugin and its bundle; nothing is
 * left half-written; and the same engine then runs a normal job.
 */
class PluginFailureTest {

    @TempDir
    Path dir;
    private Engine engine;

    @BeforeEach
    void engine() {
        engine = TestEngines.full();
    }

    private static EmbedJob job(String model, int threads, Path out, List<String> formats) {
        return new EmbedJob(TestEngines.SYNTHETIC, TestEngines.SMALL, TestEngines.L5TT, Map.of(), "L5tt", model, Map.of(), 4, 1,
                threads, out, false, formats, false);
    }

    @Test
    void modelThatThrowsInPrepare() throws Exception {
        Plugins.registerFrom(engine, new Plugins.ExplodingModel(-1), "org.example.exploding", "1.2.3");
        Path out = dir.resolve("out");
        SynmapException e = assertThrows(SynmapException.class,
                () -> engine.embed(job(Plugins.ExplodingModel.NAME, 2, out, List.of("isf")), ProgressListener.NONE));
        assertEquals("connectome-model 'exploding' from org.example.exploding 1.2.3 failed: "
                + "IllegalStateException: boom in prepare", e.getMessage());
        assertFalse(Files.exists(out), "no output directory for a job that failed before writing");
        assertNormalJobRuns();
    }

    @ParameterizedTest(name = "{0} thread(s)")
    @ValueSource(ints = {1, 3})
    void modelThatThrowsInRealize(int threads) throws Exception {
        Plugins.registerFrom(engine, new Plugins.ExplodingModel(2), "org.example.exploding", "1.2.3");
        Path out = dir.resolve("out");
        SynmapException e = assertThrows(SynmapException.class, () -> engine
                .embed(job(Plugins.ExplodingModel.NAME, threads, out, List.of("isf")), ProgressListener.NONE));
        assertEquals("connectome-model 'exploding' from org.example.exploding 1.2.3 failed: "
                + "NullPointerException: boom in realize 2", e.getMessage());
        assertFalse(Files.exists(out));
        assertNormalJobRuns();
    }

    @Test
    void writerThatThrowsLeavesNothingInANewDirectory() throws Exception {
        Plugins.registerFrom(engine, new Plugins.BrokenWriter(), "org.example.broken", "0.0.1");
        Path out = dir.resolve("new");
        SynmapException e = assertThrows(SynmapException.class,
                () -> engine.embed(job(null, 2, out, List.of("isf", "broken")), ProgressListener.NONE));
        assertEquals("realization-writer 'broken' from org.example.broken 0.0.1 failed: "
                + "IllegalStateException: disk on fire", e.getMessage());
        assertFalse(Files.exists(out), "the ISF files written before the failure must not appear");
        assertNormalJobRuns();
    }

    @Test
    void writerThatThrowsLeavesAnExistingDirectoryAsItWas() throws Exception {
        Plugins.registerFrom(engine, new Plugins.BrokenWriter(), "org.example.broken", "0.0.1");
        Path out = Files.createDirectories(dir.resolve("existing"));
        Files.writeString(out.resolve("notes.txt"), "mine");
        assertThrows(SynmapException.class,
                () -> engine.embed(job(null, 2, out, List.of("isf", "broken")), ProgressListener.NONE));
        assertEquals(List.of(Path.of("notes.txt")), TestEngines.files(out), "no .syn, no .tmp, no staging folder");
        try (var entries = Files.list(out)) {
            assertEquals(1, entries.count(), "no empty staging folder either");
        }

        engine.embed(job(null, 2, out, List.of("isf")), ProgressListener.NONE);
        assertEquals(6, TestEngines.files(out).size(), "notes.txt, four ISF files and run.json");
        assertEquals("mine", Files.readString(out.resolve("notes.txt")));
    }

    /** The engine that just reported a failure embeds normally. */
    private void assertNormalJobRuns() throws Exception {
        Path out = dir.resolve("after");
        engine.embed(TestEngines.small(2, 1, 2, out), ProgressListener.NONE);
        assertEquals(5, TestEngines.files(out).size());
    }
}
