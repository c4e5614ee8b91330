package org.synmap.shell.gogo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.synmap.density.api.AnatomicalModel;
import org.synmap.engine.api.SynmapEngine;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code export-isf}: writes a density source's model in ISF's folder layout. */
@Command(name = "export-isf", description = "write a density source's model in ISF's folder layout")
final class ExportIsfCommand implements Callable<String> {
    @Mixin
    private HelpOption help;

    private final SynmapEngine engine;

    @Spec
    private CommandSpec spec;

    @Option(names = "--source", required = true, paramLabel = "<name>", description = "the density source, e.g."
            + " synthetic-barrel-cortex")
    private String source;

    @Option(names = "--out", required = true, paramLabel = "<dir>", description = "the folder to write")
    private Path out;

    @Option(names = "--seed", paramLabel = "<S>", description = "shortcut for --param seed=S")
    private String seed;

    @Option(names = "--scale", paramLabel = "<F>", description = "shortcut for --param scale=F")
    private String scale;

    @Option(names = "--densities", paramLabel = "<N>", description = "shortcut for --param densities=N")
    private String densities;

    @Option(names = "--spacing", paramLabel = "<UM>", description = "shortcut for --param spacing=UM")
    private String spacing;

    @Option(names = "--param", paramLabel = "key=value", description = "a parameter of the density source"
            + " (repeatable)")
    private List<String> params = new ArrayList<>();

    ExportIsfCommand(SynmapEngine engine) {
        this.engine = engine;
    }

    @Override
    public String call() {
        Map<String, String> parameters = KeyValues.parse(spec, "--param", params);
        KeyValues.putShortcut(spec, parameters, "seed", seed);
        KeyValues.putShortcut(spec, parameters, "scale", scale);
        KeyValues.putShortcut(spec, parameters, "densities", densities);
        KeyValues.putShortcut(spec, parameters, "spacing", spacing);
        long t0 = System.nanoTime();
        AnatomicalModel model = engine.openModel(source, parameters);
        List<Path> files = engine.exportModel(model, "isf", out);
        return String.format(Locale.ROOT, "wrote %d files of %s into %s in %.1f s", files.size(), model.name(), out,
                (System.nanoTime() - t0) / 1e9);
    }
}
