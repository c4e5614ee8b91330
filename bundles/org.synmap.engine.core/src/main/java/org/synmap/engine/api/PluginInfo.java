package org.synmap.engine.api;

/**
 * One plugin registered with the engine.
 *
 * @param kind        what it is: {@code morphology-reader}, {@code morphology-writer},
 *                    {@code morphology-catalog}, {@code lattice-reader}, {@code lattice-writer},
 *                    {@code density-source}, {@code model-writer}, {@code connectome-model},
 *                    {@code realization-writer}, {@code realization-reader}, {@code point-set-writer}
 * @param name        its name or format name
 * @param description what it handles (extensions, a one-line description)
 * @param bundle      symbolic name and version of the bundle that registered it
 */
public record PluginInfo(String kind, String name, String description, String bundle) {
}
