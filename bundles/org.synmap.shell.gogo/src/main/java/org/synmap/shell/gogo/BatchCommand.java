package org.synmap.shell.gogo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.synmap.engine.api.BatchJob;
import org.synmap.engine.api.BatchOutcome;
import org.synmap.engine.api.SynmapEngine;

import picocli.CommandLine.Command;
import picocli.CommandLine.IExitCodeGenerator;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code batch}: one embedding job per row of a manifest, resumable, locally or on a cluster.
 * The exit code is 0 when every job has its outputs, 1 otherwise (the closing lines say which).
 */
@Command(name = "batch", description = "embed many morphologies: one job per row of a CSV manifest"
        + " (morphology,cell_type,seed[,samples][,out]), each into its own folder under --out, indexed in"
        + " batch.csv; rerun the same command to resume. With --cluster-name and --members the jobs run on a"
        + " cluster of synmap members")
final class BatchCommand implements Callable<String>, IExitCodeGenerator {
    @Mixin
    private HelpOption help;

    private final SynmapEngine engine;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "<manifest>", description = "the jobs: a CSV file with the header"
            + " morphology,cell_type,seed and optionally samples, out; paths relative to the manifest")
    private Path manifest;

    @Option(names = "--data", paramLabel = "<data>", description = "the model's data, as for embed")
    private String data;

    @Option(names = "--out", required = true, paramLabel = "<dir>", description = "the batch's folder: a folder per"
            + " job, and batch.csv")
    private Path out;

    @Option(names = "--samples", paramLabel = "<n>", defaultValue = "50", description = "samples per job unless"
            + " the manifest says otherwise; default ${DEFAULT-VALUE}")
    private int samples;

    @Option(names = "--threads", paramLabel = "<n>", description = "jobs run at once in this process, each on one"
            + " thread (speed only, never results); default: all processors")
    private Integer threads;

    @Option(names = "--model", paramLabel = "<name>", description = "the connectome model; default: the best-ranked"
            + " installed one")
    private String model;

    @Option(names = "--param", paramLabel = "key=value", description = "a parameter of the connectome model"
            + " (repeatable)")
    private List<String> params = new ArrayList<>();

    @Option(names = "--format", paramLabel = "<f>[,<f>...]", defaultValue = "isf", description = "output formats;"
            + " default ${DEFAULT-VALUE}")
    private String formats;

    @Option(names = "--all-realizations", description = "also write every sample of every job")
    private boolean allRealizations;

    @Option(names = "--landmarks", description = "also write landmark files where the format supports them")
    private boolean landmarks;

    @Mixin
    private DataParams dataParams;

    @Mixin
    private ReaderParams readerParams;

    @Mixin
    private ClusterOptions cluster;

    private int exitCode = SynmapCli.OK;

    BatchCommand(SynmapEngine engine) {
        this.engine = engine;
    }

    @Override
    public String call() {
        List<String> formatList = new ArrayList<>();
        for (String f : formats.split(",")) {
            if (!f.isBlank()) {
                formatList.add(f.trim());
            }
        }
        if (formatList.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "--format needs at least one output format");
        }
        boolean remote = cluster.given();
        if (remote && (cluster.clusterName == null || cluster.members == null || cluster.secretFile == null)) {
            throw new ParameterException(spec.commandLine(), "a batch on a cluster needs --cluster-name, --members"
                    + " and --secret-file");
        }
        if (remote && threads != null) {
            throw new ParameterException(spec.commandLine(), "--threads applies to a local batch; on a cluster each"
                    + " member runs as many jobs at once as its own --threads");
        }
        int t = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        BatchJob job = new BatchJob(manifest, out, data, dataParams.map(), readerParams.map(), model,
                KeyValues.parse(spec, "--param", params), samples, formatList, allRealizations, landmarks, t,
                remote ? ClusterOptions.EXECUTOR : null, cluster.settings());
        BatchOutcome outcome = engine.batch(job, ConsoleProgress.onStderr());
        exitCode = outcome.complete() ? SynmapCli.OK : SynmapCli.RUNTIME_ERROR;
        return BatchReport.render(outcome);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
