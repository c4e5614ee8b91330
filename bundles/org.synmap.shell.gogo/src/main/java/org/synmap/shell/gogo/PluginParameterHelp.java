package org.synmap.shell.gogo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.synmap.engine.api.PluginInfo;
import org.synmap.plugin.api.Parameter;

import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Help sections built at run time from the installed plugins' declared parameters: per kind a
 * heading naming the option that sets them ("Connectome model parameters (--param
 * name=value):"), then per installed plugin "barrel-cortex parameters:". They are what a user can
 * pass with {@code --param}, {@code --data-param} and {@code --reader-param}, so they follow the
 * option list. They depend on what is installed, which is why the Gogo {@code @Descriptor}
 * texts (compile-time constants) end before them.
 */
final class PluginParameterHelp {
    /** The plugin kinds whose parameters a command takes, with the option that sets them. */
    record Source(String kind, String heading, String option) {
    }

    static final Source MODEL = new Source("connectome-model", "Connectome model parameters", "--param");
    static final Source DENSITY = new Source("density-source", "Density source parameters", "--data-param");
    static final Source READER = new Source("morphology-reader", "Morphology reader parameters", "--reader-param");

    private static final String SECTION = "synmapPluginParameters";

    private PluginParameterHelp() {
    }

    /** Adds the parameters of the installed plugins of {@code sources} after the option list. */
    static void addTo(CommandLine command, Supplier<List<PluginInfo>> plugins, Source... sources) {
        UsageMessageSpec usage = command.getCommandSpec().usageMessage();
        usage.sectionMap().put(SECTION, help -> render(plugins.get(), sources));
        List<String> keys = new ArrayList<>(usage.sectionKeys());
        keys.add(keys.indexOf(UsageMessageSpec.SECTION_KEY_OPTION_LIST) + 1, SECTION);
        usage.sectionKeys(keys);
    }

    static String render(List<PluginInfo> plugins, Source... sources) {
        StringBuilder text = new StringBuilder();
        for (Source source : sources) {
            boolean headed = false;
            for (PluginInfo plugin : plugins) {
                if (!plugin.kind().equals(source.kind()) || plugin.parameters().isEmpty()) {
                    continue;
                }
                if (!headed) {
                    text.append('\n').append(source.heading()).append(" (").append(source.option())
                            .append(" name=value), per installed plugin:\n");
                    headed = true;
                }
                text.append('\n').append(plugin.name()).append(" parameters:\n");
                for (Parameter p : plugin.parameters()) {
                    text.append("  ").append(p.name()).append("  ").append(p.expected()).append("; ")
                            .append(p.mandatory() ? "required" : p.defaultValue() == null ? "no default"
                                    : "default " + p.defaultValue())
                            .append("\n      ").append(p.description()).append('\n');
                }
            }
        }
        return text.toString();
    }
}
