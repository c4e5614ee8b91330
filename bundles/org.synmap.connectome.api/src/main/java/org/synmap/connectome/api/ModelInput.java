package org.synmap.connectome.api;

/** What a connectome model takes as its data ({@code --data}). */
public enum ModelInput {
    /** Nothing: {@code --data} must not be given. {@link EmbeddingRequest#data()} is null. */
    NONE,
    /**
     * A file, e.g. a rules file or a circuit description, that the model reads itself.
     * {@link EmbeddingRequest#data()} is its {@link java.nio.file.Path}, which exists.
     */
    FILE,
    /**
     * An ISF-style anatomical model (PSTs, bouton lattices, cell counts) opened by a density
     * source: {@code --data} names the source or a folder one recognises.
     * {@link EmbeddingRequest#data()} is an {@code org.synmap.density.api.AnatomicalModel}.
     */
    ANATOMICAL_MODEL,
    /**
     * Anything or nothing: {@code --data} may be omitted, and what it says is handed over as
     * given, unopened. {@link EmbeddingRequest#data()} is its text (a {@link String}), or null
     * without {@code --data}. For models that need no data yet must run under any command line
     * (the plugin kit's example), or that interpret {@code --data} themselves (a name, a URL).
     *
     * @since 2.1
     */
    ANY
}
