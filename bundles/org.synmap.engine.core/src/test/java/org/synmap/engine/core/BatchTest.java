package org.synmap.engine.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synmap.connectome.api.ProgressListener;
import org.synmap.engine.api.BatchJob;
import org.synmap.engine.api.BatchOutcome;
import org.synmap.engine.api.EmbedJob;
import org.synmap.engine.api.SynmapException;

/**
 * Batches through the engine with the real plugins and a thinned synthetic model: folders and
 * index, one job against {@code embed}, determinism over thread counts, resume, failures.
 */
class BatchTest {
    private static final Engine ENGINE = TestEngines.full();
    private static final int SAMPLES = 4;

    @TempDir
    static Path dir;
    private static Path manifest;
    private static Path cellHoc;
    private static BatchOutcome first;

    @BeforeAll
    static void runOnTwoThreads() throws IOException {
        cellHoc = dir.resolve("cells").resolve("cell.hoc");
        Files.createDirectories(cellHoc.getParent());
        ENGINE.writeMorphology(ENGINE.readMorphology(TestEngines.L5TT), cellHoc);
        manifest = write("jobs.csv", """
                morphology,cell_type,seed
                # the built-in cell twice, a file once (relative to the manifest), and one row that fails
                builtin:l5tt-c2,L5tt,1
                builtin:l5tt-c2,L5tt,2
                cells/cell.hoc,L5tt,1
                builtin:l5tt-c2,NoSuchType,1
                """);
        first = ENGINE.batch(batch(manifest, dir.resolve("t2"), 2), ProgressListener.NONE);
    }

    static Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    static BatchJob batch(Path jobs, Path out, int threads) {
        return new BatchJob(jobs, out, TestEngines.SYNTHETIC, TestEngines.SMALL, Map.of(), null, Map.of(), SAMPLES,
                List.of("isf"), false, false, threads);
    }

    @Test
    void eachJobHasItsOwnDeterministicFolderAndTheIndexListsEveryRow() throws IOException {
        assertEquals(4, first.jobs());
        assertEquals(3, first.done());
        assertEquals(1, first.failed().size());
        assertEquals(6, first.failed().get(0).line());
        assertTrue(first.failed().get(0).reason().contains("unknown postsynaptic cell type 'NoSuchType'"),
                first.failed().get(0).reason());
        assertFalse(first.complete());
        Path out = dir.resolve("t2");
        for (String folder : List.of("l5tt-c2_L5tt_seed1", "l5tt-c2_L5tt_seed2", "cell_L5tt_seed1")) {
            assertTrue(Files.isRegularFile(out.resolve(folder).resolve("run.json")), folder);
        }
        assertTrue(Files.isRegularFile(out.resolve("l5tt-c2_L5tt_seed1").resolve("l5tt-c2_synapses_seed1.syn")));
        List<String> index = Files.readAllLines(out.resolve("batch.csv"));
        assertEquals(BatchIndex.HEADER, index.get(0));
        assertEquals(5, index.size());
        assertTrue(index.get(1).startsWith("3,builtin:l5tt-c2,L5tt,1,4,done,"), index.get(1));
        assertTrue(index.get(1).contains(",l5tt-c2_L5tt_seed1,"), index.get(1));
        assertTrue(index.get(4).startsWith("6,builtin:l5tt-c2,NoSuchType,1,4,failed,,,"), index.get(4));
        // the failing job left no folder and nothing staged anywhere
        assertFalse(Files.exists(out.resolve("l5tt-c2_NoSuchType_seed1")));
        assertEquals(List.of(), staging(out));
    }

    @Test
    void aJobOfTheBatchIsEmbedWithTheSameJobByteForByte() throws IOException {
        Path alone = dir.resolve("alone");
        EmbedJob job = new EmbedJob(TestEngines.SYNTHETIC, TestEngines.SMALL, cellHoc.toAbsolutePath().toString(),
                Map.of(), "L5tt", null, Map.of(), SAMPLES, 1, 3, alone, false, List.of("isf"), false, false, "seed1");
        ENGINE.embed(job, ProgressListener.NONE);
        Path inBatch = dir.resolve("t2").resolve("cell_L5tt_seed1");
        assertEquals(TestEngines.files(alone), TestEngines.files(inBatch));
        for (Path f : TestEngines.files(alone)) {
            assertArrayEquals(Files.readAllBytes(alone.resolve(f)), Files.readAllBytes(inBatch.resolve(f)),
                    f + " differs between embed and the batch");
        }
        // a run id given by the job: no timings in run.json, so that it too is a function of the job
        String runJson = Files.readString(inBatch.resolve("run.json"));
        assertFalse(runJson.contains("\"execution\""), runJson);
        assertTrue(runJson.contains("\"runId\" : \"seed1\""), runJson);
    }

    @Test
    void withTheClocksRunIdOnlyTheRunIdAndTimingsDiffer() throws IOException {
        Path alone = dir.resolve("isf-named");
        EmbedJob job = new EmbedJob(TestEngines.SYNTHETIC, TestEngines.SMALL, TestEngines.L5TT, Map.of(), "L5tt",
                null, Map.of(), SAMPLES, 2, 1, alone, false, List.of("isf"), false);
        ENGINE.embed(job, ProgressListener.NONE);
        Path inBatch = dir.resolve("t2").resolve("l5tt-c2_L5tt_seed2");
        for (String kind : List.of("synapses.syn", "synapses.con", "summary.csv")) {
            String[] parts = kind.split("\\.");
            String a = Files.readString(alone.resolve("l5tt-c2_" + parts[0] + "_" + TestEngines.RUN_ID + "."
                    + parts[1]));
            String b = Files.readString(inBatch.resolve("l5tt-c2_" + parts[0] + "_seed2." + parts[1]));
            assertEquals(a.replace(TestEngines.RUN_ID, "seed2"), b, kind);
        }
        assertArrayEquals(Files.readAllBytes(alone.resolve("NumberOfConnectedCells.csv")),
                Files.readAllBytes(inBatch.resolve("NumberOfConnectedCells.csv")));
    }

    @Test
    void sameFilesOnOneAndFourThreads() throws IOException {
        BatchOutcome one = ENGINE.batch(batch(manifest, dir.resolve("t1"), 1), ProgressListener.NONE);
        BatchOutcome four = ENGINE.batch(batch(manifest, dir.resolve("t4"), 4), ProgressListener.NONE);
        assertEquals(3, one.done());
        assertEquals(3, four.done());
        assertSameTree(dir.resolve("t1"), dir.resolve("t2"));
        assertSameTree(dir.resolve("t1"), dir.resolve("t4"));
    }

    /** Every job folder's files, byte for byte (batch.csv holds timings). */
    static void assertSameTree(Path a, Path b) throws IOException {
        List<Path> fa = TestEngines.files(a);
        fa.remove(Path.of("batch.csv"));
        List<Path> fb = TestEngines.files(b);
        fb.remove(Path.of("batch.csv"));
        assertEquals(fa, fb);
        for (Path f : fa) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f + " differs");
        }
    }

    @Test
    void aRerunReusesCompleteJobsAndRedoesChangedOnes() throws IOException {
        Path out = dir.resolve("resume");
        BatchOutcome a = ENGINE.batch(batch(manifest, out, 2), ProgressListener.NONE);
        assertEquals(3, a.done());
        Path seed1 = out.resolve("l5tt-c2_L5tt_seed1");
        FileTime untouched = Files.getLastModifiedTime(seed1.resolve("run.json"));
        // one job lost an output, another job's morphology file changed, a third's run.json is gone
        Files.delete(out.resolve("l5tt-c2_L5tt_seed2").resolve("l5tt-c2_synapses_seed2.con"));
        List<Path> before = TestEngines.files(out.resolve("cell_L5tt_seed1"));
        Files.writeString(cellHoc, Files.readString(cellHoc) + "\n// edited\n");
        try {
            List<String> notes = Collections.synchronizedList(new ArrayList<>());
            BatchOutcome b = ENGINE.batch(batch(manifest, out, 2), notes(notes));
            assertEquals(1, b.reused(), notes.toString());
            assertEquals(2, b.done(), notes.toString());
            assertEquals(untouched, Files.getLastModifiedTime(seed1.resolve("run.json")), "a reused job was rewritten");
            assertTrue(notes.stream().anyMatch(n -> n.contains("line 5") && n.contains("morphology.sha256")), notes
                    .toString());
            assertTrue(notes.stream().anyMatch(n -> n.contains("line 4") && n.contains("is missing")), notes
                    .toString());
            assertEquals(before, TestEngines.files(out.resolve("cell_L5tt_seed1")));
            List<String> index = Files.readAllLines(out.resolve("batch.csv"));
            assertTrue(index.get(1).contains(",reused,"), index.get(1));
            assertTrue(index.get(2).contains(",done,"), index.get(2));
            // a third run has nothing left to do but the failing row
            BatchOutcome c = ENGINE.batch(batch(manifest, out, 2), ProgressListener.NONE);
            assertEquals(3, c.reused());
            assertEquals(0, c.done());
        } finally {
            ENGINE.writeMorphology(ENGINE.readMorphology(TestEngines.L5TT), cellHoc);
        }
    }

    @Test
    void anotherSamplesCountIsAnotherJob() throws IOException {
        Path out = dir.resolve("samples");
        Path jobs = write("samples.csv", "morphology,cell_type,seed,samples\nbuiltin:l5tt-c2,L5tt,1,3\n");
        assertEquals(1, ENGINE.batch(batch(jobs, out, 1), ProgressListener.NONE).done());
        Files.writeString(jobs, "morphology,cell_type,seed,samples\nbuiltin:l5tt-c2,L5tt,1,\n");
        List<String> notes = new ArrayList<>();
        BatchOutcome again = ENGINE.batch(batch(jobs, out, 1), notes(notes));
        assertEquals(1, again.done());
        assertTrue(notes.toString().contains("samples is 3 in"), notes.toString());
    }

    /** Data given relative to the working directory is recorded, like the morphologies, by its absolute path. */
    @Test
    void aDataFolderGivenRelativelyIsRecordedAbsolutely() throws IOException {
        Path data = dir.resolve("bc");
        ENGINE.exportModel(ENGINE.openModel(TestEngines.SYNTHETIC, Map.of("scale", "0.01", "densities", "1")), "isf",
                data);
        String relative = Path.of("").toAbsolutePath().relativize(data).toString();
        Path jobs = write("rel.csv", "morphology,cell_type,seed\nbuiltin:l5tt-c2,L5tt,1\n");
        Path out = dir.resolve("reldata");
        BatchOutcome o = ENGINE.batch(new BatchJob(jobs, out, relative, Map.of(), Map.of(), null, Map.of(), 1,
                List.of("isf"), false, false, 1), ProgressListener.NONE);
        assertEquals(1, o.done(), o.toString());
        String runJson = Files.readString(out.resolve("l5tt-c2_L5tt_seed1").resolve("run.json"));
        assertTrue(runJson.contains("\"location\" : \"" + data + "\""), runJson);
    }

    /** A cluster's members work elsewhere: data that is neither a source's name nor found here is refused at once. */
    @Test
    void aClusterBatchRefusesRelativeDataItCannotFind() throws IOException {
        Path jobs = write("cluster.csv", "morphology,cell_type,seed\nbuiltin:l5tt-c2,L5tt,1\n");
        SynmapException e = assertThrows(SynmapException.class, () -> ENGINE.batch(new BatchJob(jobs,
                dir.resolve("cluster"), "no-such-folder", Map.of(), Map.of(), null, Map.of(), 1, List.of("isf"),
                false, false, 1, "hazelcast", Map.of()), ProgressListener.NONE));
        assertTrue(e.getMessage().startsWith("--data no-such-folder: a batch on a cluster needs its data as an"
                + " absolute path"), e.getMessage());
    }

    @Test
    void theOutColumnNamesTheFolder() throws IOException {
        Path jobs = write("out.csv", "seed,out,cell_type,morphology\n5,mine/first,L5tt,builtin:l5tt-c2\n");
        BatchOutcome o = ENGINE.batch(batch(jobs, dir.resolve("outcol"), 1), ProgressListener.NONE);
        assertEquals(1, o.done());
        assertTrue(Files.isRegularFile(dir.resolve("outcol").resolve("mine").resolve("first").resolve("run.json")));
    }

    static ProgressListener notes(List<String> notes) {
        return ProgressListener.notesTo(notes::add);
    }

    static List<Path> staging(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.getFileName().toString().startsWith(StagedOutputs.STAGING_PREFIX)).toList();
        }
    }
}
