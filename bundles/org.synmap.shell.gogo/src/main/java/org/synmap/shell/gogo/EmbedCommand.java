package org.synmap.shell.gogo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.synmap.engine.api.EmbedJob;
import org.synmap.engine.api.SynmapEngine;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code embed}: one embedding job. */
@Command(name = "embed", description = "embed a morphology into a connectome model: draw samples, write the"
        + " representative one (and with --all-realizations every one) in the chosen formats")
final class EmbedCommand implements Callable<String> {
    @Mixin
    private HelpOption help;

    private final SynmapEngine engine;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "<morphology>", description = "a .hoc or .swc file, or builtin:<name>")
    private String morphologyArgument;

    @Option(names = "--morphology", paramLabel = "<m>", description = "the morphology, instead of the argument")
    private String morphologyOption;

    @Option(names = "--data", paramLabel = "<data>", description = "the model's data: an ISF-layout folder or a"
            + " density source's name (barrel-cortex), a file (other models); omit for models that take none")
    private String data;

    @Option(names = "--cell-type", required = true, paramLabel = "<type>", description = "the postsynaptic cell type,"
            + " e.g. L5tt")
    private String cellType;

    @Option(names = "--model", paramLabel = "<name>", description = "the connectome model; default: the best-ranked"
            + " installed one")
    private String model;

    @Mixin
    private RunOptions run;

    @Option(names = "--format", paramLabel = "<f>[,<f>...]", defaultValue = "isf", description = "output formats;"
            + " default ${DEFAULT-VALUE}")
    private String formats;

    @Option(names = "--report", description = "also write report.html (the format 'report'): 3D view, charts and"
            + " the run's facts, in one file that opens offline")
    private boolean report;

    @Option(names = "--plots", description = "also write figures for papers into plots/ (the format 'plots'): SVG"
            + " and PNG")
    private boolean plots;

    @Option(names = "--all-realizations", description = "also write every sample into realizations/sample_NNN/")
    private boolean allRealizations;

    @Option(names = "--landmarks", description = "also write landmark files where the format supports them")
    private boolean landmarks;

    @Mixin
    private DataParams dataParams;

    @Mixin
    private ReaderParams readerParams;

    EmbedCommand(SynmapEngine engine) {
        this.engine = engine;
    }

    @Override
    public String call() {
        String morphology = morphology();
        List<String> formatList = new ArrayList<>();
        for (String f : formats.split(",")) {
            if (!f.isBlank()) {
                formatList.add(f.trim());
            }
        }
        if (report && !formatList.contains(EmbedReport.REPORT_FORMAT)) {
            formatList.add(EmbedReport.REPORT_FORMAT);
        }
        if (plots && !formatList.contains(EmbedReport.PLOTS_FORMAT)) {
            formatList.add(EmbedReport.PLOTS_FORMAT);
        }
        if (formatList.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--format needs at least one output format");
        }
        EmbedJob job = new EmbedJob(data, dataParams.map(), morphology,
                readerParams.map(), cellType, model,
                run.modelParameters(engine, model), run.samples, run.seed, run.threads(), run.out, allRealizations,
                formatList, landmarks, run.overwrite);
        return EmbedReport.render(job, engine.embed(job, ConsoleProgress.onStderr()));
    }

    private String morphology() {
        if (morphologyOption != null && morphologyArgument != null) {
            throw new ParameterException(spec.commandLine(), "the morphology is given twice (" + morphologyArgument
                    + " and --morphology " + morphologyOption + "); give one");
        }
        if (morphologyOption == null && morphologyArgument == null) {
            throw new ParameterException(spec.commandLine(), "missing the morphology (<morphology> or --morphology)");
        }
        return morphologyOption != null ? morphologyOption : morphologyArgument;
    }
}
