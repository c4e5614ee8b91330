package org.synmap.shell.gogo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.synmap.engine.api.EmbedJob;
import org.synmap.engine.api.EmbedOutcome;
import org.synmap.engine.api.TypeCounts;

/** What embed and demo hand to the engine, and what they print from its outcome. */
class EmbedRunTest {
    private final AtomicReference<EmbedJob> job = new AtomicReference<>();
    private final FakeEngine engine = new FakeEngine().on("embed", a -> {
        job.set((EmbedJob) a[0]);
        return new EmbedOutcome(Path.of("out"), List.of(), List.of(new TypeCounts("L5tt", true, 10, 4, 6, 3, 1),
                new TypeCounts("SymLocal1", false, 5, 2, 0, 5, 0)), 7, "closest to the mean",
                "no sample within 2 SD", 50, 3, 0.25, 1.5);
    });

    @Test
    void everyOptionReachesTheJob() {
        FakeEngine.Run run = engine.run("embed", "--morphology=c.hoc", "--data", "d", "--cell-type", "L5tt",
                "--samples=7", "--seed", "3", "--threads", "2", "--out", "/tmp/a b", "--format", "isf, x",
                "--all-realizations", "--landmarks", "--model", "barrel-cortex", "--param", "sampler=isf-replay",
                "--data-param", "cache=true", "--reader-param", "rules=neuron");
        assertEquals(SynmapCli.OK, run.code(), run.err());
        EmbedJob j = job.get();
        assertEquals(new EmbedJob("d", Map.of("cache", "true"), "c.hoc", Map.of("rules", "neuron"), "L5tt",
                "barrel-cortex", Map.of("sampler", "isf-replay"), 7, 3, 2, Path.of("/tmp/a b"), true,
                List.of("isf", "x"), true), j);
    }

    @Test
    void samplerIsAnAliasOfTheDefaultModelsParameter() {
        assertEquals(SynmapCli.OK, engine.run("demo", "--sampler", "isf-replay").code());
        assertEquals(Map.of("sampler", "isf-replay"), job.get().modelParameters());
        assertEquals("builtin:l5tt-c2", job.get().morphology());
        assertEquals(null, job.get().model());
    }

    @Test
    void dataMayBeOmittedAndDoubleDashEndsTheOptions() {
        assertEquals(SynmapCli.OK, engine.run("embed", "--cell-type", "P", "--model", "rules", "--", "--odd.hoc")
                .code());
        assertEquals(null, job.get().data());
        assertEquals("--odd.hoc", job.get().morphology());
        assertEquals(50, job.get().samples());
        assertEquals(1, job.get().seed());
    }

    @Test
    void reportShowsTheTypeTableAndTheRepresentativeNote() {
        String out = engine.run("embed", "c.hoc", "--data", "d", "--cell-type", "L5tt").out();
        assertTrue(out.startsWith("c.hoc as L5tt: 50 samples, seed 3, representative sample 7 (closest to the mean)\n"
                + "note: no sample within 2 SD\n"), out);
        assertTrue(out.contains("TYPE       EXC/INH  SYNAPSES  CONNECTED CELLS  APICAL  BASAL  SOMA\n"
                + "L5tt       EXC      10        4                6       3      1\n"
                + "SymLocal1  INH      5         2                0       5      0\n"
                + "total               15        6                6       8      1\n"
                + "outputs in out"), out);
    }
}
