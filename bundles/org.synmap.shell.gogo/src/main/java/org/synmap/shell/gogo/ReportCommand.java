package org.synmap.shell.gogo;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.synmap.engine.api.SynmapEngine;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code report}: writes report.html (or another format) for an output folder of an earlier run. */
@Command(name = "report", description = "write report.html for an existing output folder, from its .syn/.con,"
        + " run.json and the morphology run.json names")
final class ReportCommand implements Callable<String> {
    @Mixin
    private HelpOption help;

    private final SynmapEngine engine;

    @Parameters(index = "0", paramLabel = "<folder>", description = "an output folder of embed or demo")
    private Path folder;

    @Option(names = "--format", paramLabel = "<f>", defaultValue = EmbedReport.REPORT_FORMAT, description = "the"
            + " output format to write; default ${DEFAULT-VALUE}")
    private String format;

    @Option(names = "--morphology", paramLabel = "<file>", description = "read the morphology from this file"
            + " instead of where run.json says it was (a moved folder or file); it must be the same geometry")
    private String morphology;

    ReportCommand(SynmapEngine engine) {
        this.engine = engine;
    }

    @Override
    public String call() {
        List<Path> written = engine.writeFormat(folder, format, morphology);
        return "wrote " + written.stream().map(Path::toString).collect(Collectors.joining(", "));
    }
}
