package org.synmap.shell.gogo;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.synmap.engine.api.EmbedJob;
import org.synmap.engine.api.SynmapEngine;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code demo}: {@code embed} of the built-in neuron into the built-in synthetic barrel cortex. */
@Command(name = "demo", description = "embed the built-in L5tt neuron (builtin:l5tt-c2) into the synthetic barrel"
        + " cortex; outputs in synmap-out/l5tt-c2_synapses_<time>_<pid>/ unless --out is given")
final class DemoCommand implements Callable<String> {
    @Mixin
    private HelpOption help;

    static final String MORPHOLOGY = "builtin:l5tt-c2";
    static final String DATA = "synthetic-barrel-cortex";
    static final String CELL_TYPE = "L5tt";

    private final SynmapEngine engine;

    @Mixin
    private RunOptions run;

    DemoCommand(SynmapEngine engine) {
        this.engine = engine;
    }

    @Override
    public String call() {
        EmbedJob job = new EmbedJob(DATA, Map.of(), MORPHOLOGY, Map.of(), CELL_TYPE, null,
                run.modelParameters(engine, null), run.samples, run.seed, run.threads(), run.out, false, List.of("isf"),
                false, run.overwrite);
        return EmbedReport.render(job, engine.embed(job, ConsoleProgress.onStderr()));
    }
}
