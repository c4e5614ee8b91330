package org.synmap.shell.gogo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.synmap.engine.api.BenchJob;
import org.synmap.engine.api.SynmapEngine;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: times loading, precomputation, single samples and a whole job (see
 * {@link SynmapEngine#benchmark}).
 */
@Command(name = "bench", description = "time load + precompute, one sample, and all samples end to end")
final class BenchCommand implements Callable<String> {
    @Mixin
    private HelpOption help;

    private final SynmapEngine engine;

    @Spec
    private CommandSpec spec;

    @Option(names = "--data", paramLabel = "<data>", defaultValue = DemoCommand.DATA, description = "an ISF-layout"
            + " folder or a density source's name; default ${DEFAULT-VALUE}")
    private String data;

    @Option(names = "--morphology", paramLabel = "<m>", defaultValue = DemoCommand.MORPHOLOGY, description = "the"
            + " morphology; default ${DEFAULT-VALUE}")
    private String morphology;

    @Option(names = "--cell-type", paramLabel = "<type>", defaultValue = DemoCommand.CELL_TYPE, description = "the"
            + " postsynaptic cell type; default ${DEFAULT-VALUE}")
    private String cellType;

    @Option(names = "--model", paramLabel = "<name>", description = "the connectome model; default: the best-ranked"
            + " installed one")
    private String model;

    @Option(names = "--samples", paramLabel = "<n>", defaultValue = "50", description = "samples; default"
            + " ${DEFAULT-VALUE}")
    private int samples;

    @Option(names = "--repeats", paramLabel = "<n>", defaultValue = "3", description = "repeats of the whole"
            + " measurement; default ${DEFAULT-VALUE}")
    private int repeats;

    @Option(names = "--threads", paramLabel = "<n>", description = "worker threads; default: all processors")
    private Integer threads;

    @Option(names = "--seed", paramLabel = "<seed>", defaultValue = "" + RunOptions.DEFAULT_SEED, description = "the"
            + " seed; default ${DEFAULT-VALUE}")
    private long seed;

    @Option(names = "--param", paramLabel = "key=value", description = "a parameter of the connectome model"
            + " (repeatable)")
    private List<String> params = new ArrayList<>();

    @Option(names = "--format", paramLabel = "<f>[,<f>...]", defaultValue = "isf", description = "output formats of"
            + " the whole job; each is also timed alone on one realization; default ${DEFAULT-VALUE}")
    private String formats;

    @Mixin
    private DataParams dataParams;

    @Option(names = "--batch", paramLabel = "<manifest>", description = "time a whole batch instead: the manifest's"
            + " jobs with these options, into a temporary folder that is deleted; reports jobs per minute counted"
            + " from the process's start")
    private java.nio.file.Path batch;

    BenchCommand(SynmapEngine engine) {
        this.engine = engine;
    }

    @Override
    public String call() {
        if (batch != null) {
            return BatchBench.run(engine, batch, data, dataParams.map(), model, KeyValues.parse(spec, "--param",
                    params), samples, List.of(formats.split(",")), threads != null ? threads
                            : Runtime.getRuntime().availableProcessors());
        }
        BenchJob job = new BenchJob(data, dataParams.map(), morphology, cellType,
                model, KeyValues.parse(spec, "--param", params), samples, repeats,
                threads != null ? threads : Runtime.getRuntime().availableProcessors(), seed, List.of(formats.split(",")));
        return engine.benchmark(job, ConsoleProgress.onStderr()).format();
    }
}
