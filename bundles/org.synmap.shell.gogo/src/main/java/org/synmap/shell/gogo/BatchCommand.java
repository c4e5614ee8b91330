package org.synmap.shell.gogo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.synmap.engine.api.BatchJob;
import org.synmap.engine.api.BatchOutcome;
import org.synmap.engine.api.SynmapEngine;
import org.synmap.engine.api.SynmapException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code batch}: one embedding per row of a manifest, resumable, the model loaded once. */
@Command(name = "batch", description = "embed every job of a manifest (CSV: morphology,cell_type,seed[,samples][,out])"
        + " into its own folder under --out; a rerun skips finished jobs")
final class BatchCommand implements Callable<String> {
    @Mixin
    private HelpOption help;

    private final SynmapEngine engine;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<jobs.csv>", description = "the manifest; morphology paths are relative to"
            + " its folder, or builtin:<name>")
    private Path manifest;

    @Option(names = "--data", paramLabel = "<data>", description = "the model's data, as for embed")
    private String data;

    @Option(names = "--model", paramLabel = "<name>", description = "the connectome model; default: the best-ranked"
            + " installed one")
    private String model;

    @Option(names = "--samples", paramLabel = "<n>", defaultValue = "50", description = "samples per job where the row"
            + " gives none; default ${DEFAULT-VALUE}")
    private int samples;

    @Option(names = "--out", required = true, paramLabel = "<dir>", description = "the batch folder: a folder per job"
            + " and batch.csv")
    private Path out;

    @Option(names = "--threads", paramLabel = "<n>", description = "jobs at once; default: all processors")
    private Integer threads;

    @Option(names = "--format", paramLabel = "<f>[,<f>...]", defaultValue = "isf", description = "output formats of"
            + " every job; default ${DEFAULT-VALUE}")
    private String formats;

    @Option(names = "--param", paramLabel = "key=value", description = "a parameter of the connectome model"
            + " (repeatable)")
    private List<String> params = new ArrayList<>();

    @Mixin
    private DataParams dataParams;

    BatchCommand(SynmapEngine engine) {
        this.engine = engine;
    }

    @Override
    public String call() {
        BatchJob job = new BatchJob(manifest, data, dataParams.map(), model, KeyValues.parse(spec, "--param", params),
                samples, out, threads != null ? threads : Runtime.getRuntime().availableProcessors(),
                List.of(formats.split(",")));
        BatchOutcome o = engine.batch(job, ConsoleProgress.onStderr());
        String line = String.format(Locale.ROOT, "batch: %d jobs: %d done, %d skipped (already finished), %d failed;"
                + " %.1f s from process start, %.1f morphologies/min; index %s", o.jobs(), o.done(), o.skipped(),
                o.failed(), o.seconds(), o.perMinute(), o.index());
        if (o.failed() > 0 || o.interrupted()) {
            throw new SynmapException(line + (o.failed() > 0 ? " (the failed jobs' reasons are in it)" : ""));
        }
        return line;
    }
}
