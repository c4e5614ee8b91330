package org.synmap.shell.gogo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.synmap.engine.api.SynmapEngine;
import org.synmap.morphology.api.Morphology;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code convert}: reads a morphology with one plugin and writes it with another. */
@Command(name = "convert", description = "convert a morphology; the writer is chosen by the target's extension")
final class ConvertCommand implements Callable<String> {
    @Mixin
    private HelpOption help;

    private final SynmapEngine engine;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<in>", description = "a morphology file, or builtin:<name>")
    private String in;

    @Parameters(index = "1", paramLabel = "<out>", description = "the file to write (.hoc, .swc, ...)")
    private Path out;

    @Option(names = "--reader-param", paramLabel = "key=value", description = "a parameter of the morphology reader"
            + " (repeatable), e.g. rules=neuron for hoc")
    private List<String> readerParams = new ArrayList<>();

    ConvertCommand(SynmapEngine engine) {
        this.engine = engine;
    }

    @Override
    public String call() {
        Morphology m = engine.readMorphology(in, KeyValues.parse(spec, "--reader-param", readerParams));
        Path written = engine.writeMorphology(m, out);
        return "wrote " + written + " (" + m.sections().size() + " sections, " + m.pointCount() + " points)";
    }
}
