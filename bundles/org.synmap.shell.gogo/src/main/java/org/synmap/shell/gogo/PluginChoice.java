package org.synmap.shell.gogo;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.synmap.engine.api.PluginInfo;

/**
 * Which plugin the engine will pick, worked out from {@code engine.plugins()}: among those of a
 * kind that match, the highest {@code service.ranking}, then the lowest service id (the engine's
 * own rule, see {@link PluginInfo#ranking()}). The shell needs it where the engine does not say
 * which plugin it used (the reader in {@code inspect --json}, the default model for
 * {@code --sampler}).
 */
final class PluginChoice {
    private static final Comparator<PluginInfo> ENGINE_ORDER = Comparator.comparingInt(PluginInfo::ranking).reversed()
            .thenComparingLong(PluginInfo::serviceId);

    private PluginChoice() {
    }

    static Optional<PluginInfo> best(List<PluginInfo> plugins, String kind, Predicate<PluginInfo> match) {
        return plugins.stream().filter(p -> p.kind().equals(kind)).filter(match).min(ENGINE_ORDER);
    }

    /** The plugin of {@code kind} named {@code name}, or the engine's default when name is null. */
    static Optional<PluginInfo> named(List<PluginInfo> plugins, String kind, String name) {
        return best(plugins, kind, p -> name == null || p.name().equals(name));
    }

    /** The plugin of {@code kind} that handles a file's extension (lower case, without the dot). */
    static Optional<PluginInfo> forFile(List<PluginInfo> plugins, String kind, String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
        return best(plugins, kind, p -> p.extensions().contains(extension));
    }
}
