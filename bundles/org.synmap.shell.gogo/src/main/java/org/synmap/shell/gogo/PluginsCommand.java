package org.synmap.shell.gogo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.synmap.engine.api.PluginInfo;
import org.synmap.engine.api.SynmapEngine;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code plugins}: every registered plugin, then where plugins claim the same name or extension. */
@Command(name = "plugins", description = "list every installed reader, source, model and writer, and conflicts"
        + " between plugins that claim one name or extension")
final class PluginsCommand implements Callable<String> {
    @Mixin
    private HelpOption help;

    private final SynmapEngine engine;

    PluginsCommand(SynmapEngine engine) {
        this.engine = engine;
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
        return text.toString();
    }
}
