package org.synmap.shell.gogo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.synmap.engine.api.PluginInfo;
import org.synmap.engine.api.SynmapEngine;
import org.synmap.plugin.api.SynmapPlugin;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options of one embedding run that {@code embed} and {@code demo} share. */
final class RunOptions {
    static final long DEFAULT_SEED = 1;
    static final String SAMPLER = "sampler";

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--samples", paramLabel = "<n>", defaultValue = "50", description = "samples (realizations) to"
            + " draw; default ${DEFAULT-VALUE}")
    int samples;

    @Option(names = "--seed", paramLabel = "<seed>", defaultValue = "" + DEFAULT_SEED, description = "the seed; the"
            + " same seed gives byte-identical outputs; default ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--threads", paramLabel = "<n>", description = "worker threads (speed only, never results);"
            + " default: all processors")
    private Integer threads;

    @Option(names = "--out", paramLabel = "<dir>", description = "output folder; default: ISF's naming next to the"
            + " morphology")
    Path out;

    @Option(names = "--overwrite", description = "replace a run already in --out, as a whole; without it such a"
            + " folder is refused")
    boolean overwrite;

    @Option(names = "--param", paramLabel = "key=value", description = "a parameter of the connectome model"
            + " (repeatable; see the model parameters below)")
    private List<String> params = new ArrayList<>();

    /**
     * Kept for command lines written before it became the barrel-cortex model's parameter; hidden,
     * because it is no general option: the help lists it under "barrel-cortex parameters".
     */
    @Option(names = "--sampler", hidden = true, paramLabel = "<name>", description = "deprecated alias of --param"
            + " sampler=<name>, for models that declare a sampler parameter")
    private String sampler;

    int threads() {
        return threads != null ? threads : Runtime.getRuntime().availableProcessors();
    }

    /**
     * The connectome model's parameters: every {@code --param}, and {@code --sampler} where the
     * chosen model (by name, or the engine's default) declares a sampler parameter.
     */
    Map<String, String> modelParameters(SynmapEngine engine, String model) {
        Map<String, String> parameters = KeyValues.parse(spec, "--param", params);
        KeyValues.putShortcut(spec, parameters, SAMPLER, sampler);
        if (sampler != null && !declaresSampler(engine.plugins(), model)) {
            throw new ParameterException(spec.commandLine(), "--sampler is an alias of --param sampler=..., but the "
                    + (model == null ? "default connectome model" : "connectome model '" + model + "'")
                    + " declares no sampler parameter");
        }
        return parameters;
    }

    private static boolean declaresSampler(List<PluginInfo> plugins, String model) {
        return PluginChoice.named(plugins, SynmapPlugin.CONNECTOME_MODEL, model)
                .map(p -> p.parameters().stream().anyMatch(parameter -> parameter.name().equals(SAMPLER)))
                .orElse(true); // no such model: let the engine say so, naming the installed ones
    }
}
