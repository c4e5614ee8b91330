package org.synmap.shell.gogo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.synmap.engine.api.PluginInfo;
import org.synmap.engine.api.SynmapEngine;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code plugins}: every registered plugin with its origin (built-in, or the jar it came from),
 * then where plugins claim the same name or extension, then the jars in the plugins folders that
 * are not running, and why.
 */
@Command(name = "plugins", description = "list every installed reader, source, model and writer, and conflicts"
        + " between plugins that claim one name or extension")
final class PluginsCommand implements Callable<String> {
    @Mixin
    private HelpOption help;

    private final SynmapEngine engine;
    private final Supplier<List<String>> problems;

    PluginsCommand(SynmapEngine engine, Supplier<List<String>> problems) {
        this.engine = engine;
        this.problems = problems;
    }

    @Override
    public String call() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"KIND", "NAME", "EXTENSIONS", "RANKING", "BUNDLE", "ORIGIN", "DESCRIPTION"});
        for (PluginInfo p : engine.plugins()) {
            rows.add(new String[] {p.kind(), p.name(), p.extensions().isEmpty() ? "-" : String.join(",", p.extensions()),
                Integer.toString(p.ranking()), p.bundle(), p.origin(), p.description()});
        }
        StringBuilder text = new StringBuilder(Table.render(rows));
        List<String> conflicts = engine.conflicts();
        if (!conflicts.isEmpty()) {
            text.append("\n\nconflicts (the first plugin named is used):");
            conflicts.forEach(c -> text.append("\n  ").append(c));
        }
        List<String> broken = problems.get();
        if (!broken.isEmpty()) {
            text.append("\n\nplugin jars that are not running (the rest of the runtime is unaffected):");
            broken.forEach(b -> text.append("\n  ").append(b));
        }
        return text.toString();
    }
}
