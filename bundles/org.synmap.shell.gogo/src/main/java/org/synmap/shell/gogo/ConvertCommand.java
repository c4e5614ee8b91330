package org.synmap.shell.gogo;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.synmap.engine.api.SynmapEngine;
import org.synmap.morphology.api.Morphology;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code convert}: reads a morphology with one plugin and writes it with another. */
@Command(name = "convert", description = "convert a morphology; the writer is chosen by the target's extension")
final class ConvertCommand implements Callable<String> {
    @Mixin
    private HelpOption help;

    private final SynmapEngine engine;

    @Parameters(index = "0", paramLabel = "<in>", description = "a morphology file, or builtin:<name>")
    private String in;

    @Parameters(index = "1", paramLabel = "<out>", description = "the file to write (.hoc, .swc, ...)")
    private Path out;

    @Mixin
    private ReaderParams readerParams;

    ConvertCommand(SynmapEngine engine) {
        this.engine = engine;
    }

    @Override
    public String call() {
        Morphology m = engine.readMorphology(in, readerParams.map());
        Path written = engine.writeMorphology(m, out);
        return "wrote " + written + " (" + m.sections().size() + " sections, " + m.pointCount() + " points)";
    }
}
