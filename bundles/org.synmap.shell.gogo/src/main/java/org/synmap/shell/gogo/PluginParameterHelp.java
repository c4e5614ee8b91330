package org.synmap.shell.gogo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.synmap.engine.api.PluginInfo;
import org.synmap.plugin.api.Parameter;

import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Help sections built at run time from the installed plugins' declared parameters, e.g.
 * "barrel-cortex parameters (connectome model, --param name=value):". They are what a user can
 * pass with {@code --param}, {@code --data-param} and {@code --reader-param}, so they follow the
 * option list. They depend on what is installed, which is why the Gogo {@code @Descriptor}
 * texts (compile-time constants) end before them.
 */
final class PluginParameterHelp {
    /** The plugin kinds whose parameters a command takes, with the option that sets them. */
    record Source(String kind, String what, String option) {
    }

    static final Source MODEL = new Source("connectome-model", "connectome model", "--param");
    static final Source DENSITY = new Source("density-source", "density source", "--data-param");
    static final Source READER = new Source("morphology-reader", "morphology reader", "--reader-param");

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
            for (PluginInfo plugin : plugins) {
                if (!plugin.kind().equals(source.kind()) || plugin.parameters().isEmpty()) {
                    continue;
                }
                text.append('\n').append(plugin.name()).append(" parameters (").append(source.what()).append(", ")
                        .append(source.option()).append(" name=value):\n");
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
