package org.synmap.shell.gogo;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.synmap.engine.api.EmbedJob;
import org.synmap.engine.api.SynmapEngine;
import org.synmap.plugin.api.SynmapPlugin;

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

    /** ISF's files, and the HTML report where a report writer is installed (not in every distribution). */
    private List<String> formats() {
        boolean report = engine.plugins().stream().anyMatch(p -> p.kind().equals(SynmapPlugin.REALIZATION_WRITER)
                && p.name().equals(EmbedReport.REPORT_FORMAT));
        return report ? List.of("isf", EmbedReport.REPORT_FORMAT) : List.of("isf");
    }

    @Override
    public String call() {
        EmbedJob job = new EmbedJob(DATA, Map.of(), MORPHOLOGY, Map.of(), CELL_TYPE, null,
                run.modelParameters(engine, null), run.samples, run.seed, run.threads(), run.out, false, formats(),
                false, run.overwrite);
        return EmbedReport.render(job, engine.embed(job, ConsoleProgress.onStderr()));
    }
}
