package org.synmap.engine.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synmap.connectome.api.ProgressListener;
import org.synmap.engine.api.BatchJob;
import org.synmap.engine.api.BatchOutcome;
import org.synmap.engine.api.EmbedJob;
import org.synmap.engine.api.SynmapException;

class BatchTest {
    @TempDir
    Path dir;

    private Path manifest(String text) throws IOException {
        return Files.writeString(dir.resolve("jobs.csv"), text);
    }

    private static BatchJob job(Path manifest, Path out, int threads) {
        return new BatchJob(manifest, TestEngines.SYNTHETIC, TestEngines.SMALL, null, Map.of(), 3, out, threads,
                List.of("isf"));
    }

    private static final String JOBS = """
            morphology,cell_type,seed
            builtin:l5tt-c2,L5tt,1
            builtin:l5tt-c2,L5tt,2
            builtin:l5tt-c2,L2,3
            missing.hoc,L5tt,4
            """;

    @Test
    void runsEveryJobReportsTheFailedOneAndIndexesThem() throws IOException {
        Path out = dir.resolve("batch");
        BatchOutcome o = TestEngines.full().batch(job(manifest(JOBS), out, 2), ProgressListener.NONE);
        assertEquals(4, o.jobs());
        assertEquals(3, o.done());
        assertEquals(1, o.failed());
        assertFalse(o.interrupted());
        List<String> index = Files.readAllLines(out.resolve("batch.csv"));
        assertEquals(BatchIndex.HEADER, index.get(0));
        assertTrue(index.get(1).startsWith("2,builtin:l5tt-c2,L5tt,1,3,done,"), index.get(1));
        assertTrue(index.get(1).endsWith(",l5tt-c2_L5tt_seed1,"), index.get(1));
        assertTrue(index.get(4).contains(",failed,") && index.get(4).contains("missing.hoc"), index.get(4));
        assertTrue(Files.isRegularFile(out.resolve("l5tt-c2_L5tt_seed1/l5tt-c2_synapses_seed1.syn")));
        assertTrue(Files.isRegularFile(out.resolve("l5tt-c2_L2_seed3/run.json")));
        assertFalse(Files.exists(out.resolve("missing_L5tt_seed4")), "a failed job leaves no folder behind");
    }

    /** A job's files depend only on the job: threads 1 or 2, a resumed batch, and embed with the same run id agree. */
    @Test
    void outputsAreTheSameWhateverTheThreadsAndAsEmbed() throws IOException {
        Path jobs = manifest("morphology,cell_type,seed\nbuiltin:l5tt-c2,L5tt,1\nbuiltin:l5tt-c2,L5tt,2\n");
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        TestEngines.full().batch(job(jobs, one, 1), ProgressListener.NONE);
        TestEngines.full().batch(job(jobs, two, 2), ProgressListener.NONE);
        assertEquals(TestEngines.files(one), TestEngines.files(two));
        for (Path f : TestEngines.files(one)) {
            if (!f.toString().equals("batch.csv")) {
                assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(two.resolve(f)), f.toString());
            }
        }
        Engine e = TestEngines.full();
        e.runIds(() -> "seed2");
        Path embedded = dir.resolve("embed");
        e.embed(new EmbedJob(TestEngines.SYNTHETIC, TestEngines.SMALL, TestEngines.L5TT, Map.of(), "L5tt", null,
                Map.of(), 3, 2, 2, embedded, false, List.of("isf"), false), ProgressListener.NONE);
        Path batchJob = one.resolve("l5tt-c2_L5tt_seed2");
        for (Path f : TestEngines.files(batchJob)) {
            if (f.toString().equals("run.json")) {
                Map<?, ?> a = new ObjectMapper().readValue(batchJob.resolve(f).toFile(), Map.class);
                Map<?, ?> b = new java.util.LinkedHashMap<>(new ObjectMapper().readValue(embedded.resolve(f).toFile(),
                        Map.class));
                b.remove(RunRecord.EXECUTION);
                assertEquals(b, a, "run.json as embed's, without the times");
            } else {
                assertArrayEquals(Files.readAllBytes(embedded.resolve(f)), Files.readAllBytes(batchJob.resolve(f)),
                        f.toString());
            }
        }
    }

    @Test
    void aRerunSkipsFinishedJobsAndRedoesDamagedOnes() throws IOException {
        Path jobs = manifest("morphology,cell_type,seed,samples\nbuiltin:l5tt-c2,L5tt,1,\nbuiltin:l5tt-c2,L5tt,2,4\n");
        Path out = dir.resolve("batch");
        TestEngines.full().batch(job(jobs, out, 2), ProgressListener.NONE);
        byte[] before = Files.readAllBytes(out.resolve("l5tt-c2_L5tt_seed1/l5tt-c2_synapses_seed1.con"));
        BatchOutcome again = TestEngines.full().batch(job(jobs, out, 2), ProgressListener.NONE);
        assertEquals(0, again.done());
        assertEquals(2, again.skipped());
        Files.delete(out.resolve("l5tt-c2_L5tt_seed1/l5tt-c2_synapses_seed1.con"));
        BatchOutcome third = TestEngines.full().batch(job(jobs, out, 2), ProgressListener.NONE);
        assertEquals(1, third.done());
        assertEquals(1, third.skipped());
        assertArrayEquals(before, Files.readAllBytes(out.resolve("l5tt-c2_L5tt_seed1/l5tt-c2_synapses_seed1.con")));
        // another sample count is another job: redone
        BatchOutcome moreSamples = TestEngines.full().batch(new BatchJob(jobs, TestEngines.SYNTHETIC, TestEngines.SMALL,
                null, Map.of(), 5, out, 2, List.of("isf")), ProgressListener.NONE);
        assertEquals(1, moreSamples.done(), "the row without samples now takes 5");
        assertEquals(1, moreSamples.skipped());
    }

    @Test
    void manifestErrorsNameTheLine() throws IOException {
        Engine e = TestEngines.full();
        Path out = dir.resolve("batch");
        assertEquals(manifest("") + ": expected a header line with the columns morphology,cell_type,seed[,samples][,out];"
                + " the file is empty", assertThrows(SynmapException.class,
                        () -> e.batch(job(dir.resolve("jobs.csv"), out, 1), ProgressListener.NONE)).getMessage());
        assertEquals(manifest("morphology,seed\nx.hoc,1\n") + ":1: expected the column 'cell_type' in the header"
                + " (columns: morphology,cell_type,seed[,samples][,out])", assertThrows(SynmapException.class,
                        () -> e.batch(job(dir.resolve("jobs.csv"), out, 1), ProgressListener.NONE)).getMessage());
        assertEquals(manifest("morphology,cell_type,seed\n# a comment\nx.hoc,L5tt,one\n") + ":3: expected seed to be an"
                + " integer from 0 to 9223372036854775807, found 'one'", assertThrows(SynmapException.class,
                        () -> e.batch(job(dir.resolve("jobs.csv"), out, 1), ProgressListener.NONE)).getMessage());
        assertEquals(manifest("morphology,cell_type,seed\na/x.hoc,L5tt,1\nb/x.hoc,L5tt,1\n") + ":3: this job's folder"
                + " 'x_L5tt_seed1' is also line 2's; give one of them an 'out' column or another seed",
                assertThrows(SynmapException.class, () -> e.batch(job(dir.resolve("jobs.csv"), out, 1),
                        ProgressListener.NONE)).getMessage());
        assertEquals(manifest("morphology,cell_type,seed\nx.hoc,L5tt\n") + ":2: expected 3 comma-separated fields as"
                + " in the header, found 2", assertThrows(SynmapException.class,
                        () -> e.batch(job(dir.resolve("jobs.csv"), out, 1), ProgressListener.NONE)).getMessage());
    }
}
