package org.synmap.shell.gogo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.synmap.engine.api.BatchJob;
import org.synmap.engine.api.BatchOutcome;
import org.synmap.engine.api.BatchOutcome.JobNote;

import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** What batch and member hand to the engine, what batch prints, and its exit codes. */
class BatchCommandTest {
    private final AtomicReference<BatchJob> job = new AtomicReference<>();
    private final AtomicReference<BatchOutcome> outcome = new AtomicReference<>(new BatchOutcome(Path.of("o/batch.csv"),
            3, 2, 1, List.of(), List.of(), false, 30, 32, 0.9, "this process, 2 jobs at a time"));
    private final AtomicReference<Object[]> served = new AtomicReference<>();
    private final FakeEngine engine = new FakeEngine().on("batch", a -> {
        job.set((BatchJob) a[0]);
        return outcome.get();
    }).on("serve", a -> {
        served.set(a);
        return null;
    });

    @Test
    void everyOptionReachesTheBatch() {
        FakeEngine.Run run = engine.run("batch", "jobs.csv", "--data", "d", "--out", "o", "--samples", "20",
                "--threads", "3", "--format", "isf,sonata", "--model", "barrel-cortex", "--param", "sampler=fast",
                "--data-param", "scale=0.5", "--reader-param", "rules=isf", "--all-realizations", "--landmarks");
        assertEquals(SynmapCli.OK, run.code(), run.err());
        assertEquals(new BatchJob(Path.of("jobs.csv"), Path.of("o"), "d", Map.of("scale", "0.5"),
                Map.of("rules", "isf"), "barrel-cortex", Map.of("sampler", "fast"), 20, List.of("isf", "sonata"), true,
                true, 3), job.get());
    }

    @Test
    void clusterOptionsChooseTheHazelcastExecutor() {
        FakeEngine.Run run = engine.run("batch", "jobs.csv", "--out", "o", "--cluster-name", "lab", "--members",
                "10.0.0.1:5701,10.0.0.2:5701", "--secret-file", "/s/secret");
        assertEquals(SynmapCli.OK, run.code(), run.err());
        assertEquals("hazelcast", job.get().executor());
        assertEquals(Map.of("cluster-name", "lab", "members", "10.0.0.1:5701,10.0.0.2:5701", "secret-file",
                "/s/secret"), job.get().executorSettings());
    }

    @Test
    void aClusterBatchNeedsNameMembersAndSecret() {
        FakeEngine.Run run = engine.run("batch", "jobs.csv", "--out", "o", "--cluster-name", "lab");
        assertEquals(SynmapCli.USAGE_ERROR, run.code());
        assertTrue(run.err().contains("needs --cluster-name, --members and --secret-file"), run.err());
    }

    @Test
    void theClosingLinesGiveCountsSpeedAndIndex() {
        FakeEngine.Run run = engine.run("batch", "jobs.csv", "--out", "o");
        assertEquals("batch: 3 jobs: 2 done, 1 reused from an earlier run, 0 failed, 0 left\n"
                + "2 jobs in 30.0 s on this process, 2 jobs at a time: 3.8 jobs/min counted from the process's start"
                + " (32.0 s), 4.0/min within the batch; median job 0.90 s\n"
                + "index: o/batch.csv\n", run.out());
    }

    @Test
    void aResumedBatchWithNothingToRunGivesNoRate() {
        outcome.set(new BatchOutcome(Path.of("o/batch.csv"), 3, 0, 3, List.of(), List.of(), false, 1.1, 2.3, 0,
                "this process, 1 job at a time"));
        FakeEngine.Run run = engine.run("batch", "jobs.csv", "--out", "o");
        assertEquals(SynmapCli.OK, run.code(), run.err());
        assertEquals("batch: 3 jobs: 0 done, 3 reused from an earlier run, 0 failed, 0 left\n"
                + "no job ran to completion in this run; 2.3 s from the process's start\n"
                + "index: o/batch.csv\n", run.out());
    }

    @Test
    void failedOrLeftJobsGiveExitCodeOneAndAreListed() {
        outcome.set(new BatchOutcome(Path.of("o/batch.csv"), 3, 1, 0, List.of(new JobNote(4, "a.hoc as L5tt, seed 1",
                "no such morphology file: a.hoc")), List.of(new JobNote(5, "b.hoc as L5tt, seed 1", "not run")),
                true, 3, 4, 1, "x"));
        FakeEngine.Run run = engine.run("batch", "jobs.csv", "--out", "o");
        assertEquals(SynmapCli.RUNTIME_ERROR, run.code());
        assertTrue(run.out().startsWith("batch: 3 jobs: 1 done, 0 reused from an earlier run, 1 failed, 1 left"
                + " (stopped)\nfailed: line 4 (a.hoc as L5tt, seed 1): no such morphology file: a.hoc\n"
                + "left: line 5 (b.hoc as L5tt, seed 1): not run\n"), run.out());
    }

    @Test
    void memberPassesItsSettingsToTheExecutor() {
        FakeEngine.Run run = engine.run("member", "--cluster-name", "lab", "--port", "5702", "--members",
                "127.0.0.1:5701", "--bind", "127.0.0.1", "--secret-file", "/s/secret", "--allow", "/data",
                "--allow", "/home/me/cells", "--threads", "2");
        assertEquals(SynmapCli.OK, run.code(), run.err());
        assertEquals("hazelcast", served.get()[0]);
        assertEquals(Map.of("cluster-name", "lab", "port", "5702", "members", "127.0.0.1:5701", "bind", "127.0.0.1",
                "secret-file", "/s/secret", "allow", "/data:/home/me/cells", "threads", "2"), served.get()[1]);
    }

    @Test
    void anAllowedFolderWithThePathSeparatorInItsNameIsAUsageError() {
        FakeEngine.Run run = engine.run("member", "--cluster-name", "lab", "--members", "127.0.0.1:5701",
                "--secret-file", "/s/secret", "--allow", "/data/a:b");
        assertEquals(SynmapCli.USAGE_ERROR, run.code());
        assertTrue(run.err().contains("--allow /data/a:b: a folder whose name holds ':' cannot be allowed"), run.err());
        assertEquals(null, served.get());
    }

    @Test
    void helpListsEveryOptionAndGogoShowsTheGeneratedHelp() {
        CommandLine cli = SynmapCli.commandLine(null);
        for (String[] pair : List.of(new String[] {"batch", GogoHelp.BATCH}, new String[] {"member",
            GogoHelp.MEMBER})) {
            String help = engine.run(pair[0], "--help").out();
            for (OptionSpec option : cli.getSubcommands().get(pair[0]).getCommandSpec().options()) {
                assertTrue(help.contains(option.longestName()), option.longestName() + " missing in\n" + help);
            }
            String generated = cli.getSubcommands().get(pair[0]).getUsageMessage(CommandLine.Help.Ansi.OFF)
                    .stripTrailing();
            assertEquals(generated, pair[1], pair[0] + ": GogoHelp is stale; paste picocli's text");
        }
    }
}
