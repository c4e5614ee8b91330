package org.synmap.engine.api;

import java.util.List;

import org.synmap.plugin.api.Parameter;

/**
 * One plugin registered with the engine, as its service properties describe it.
 *
 * @param kind        what it is ({@code synmap.plugin.kind}): {@code morphology-reader},
 *                    {@code connectome-model}, {@code realization-writer}, …
 * @param name        its name ({@code synmap.plugin.name})
 * @param extensions  file extensions it handles ({@code synmap.plugin.extensions})
 * @param description one line saying what it does ({@code synmap.plugin.description})
 * @param ranking     its {@code service.ranking}; the highest wins where plugins claim one name or
 *                    extension, then the lowest service id
 * @param serviceId   its {@code service.id} (registration order outside a framework)
 * @param bundle      symbolic name and version of the bundle that registered it
 * @param origin      where that bundle came from: {@code built-in}, or its location (a file)
 * @param parameters  the parameters it takes, empty for kinds without parameters
 */
public record PluginInfo(String kind, String name, List<String> extensions, String description, int ranking,
        long serviceId, String bundle, String origin, List<Parameter> parameters) {

    public PluginInfo {
        extensions = List.copyOf(extensions);
        parameters = List.copyOf(parameters);
    }

    /** This plugin with its parameters. */
    public PluginInfo withParameters(List<Parameter> declared) {
        return new PluginInfo(kind, name, extensions, description, ranking, serviceId, bundle, origin, declared);
    }
}
