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
    ANATOMICAL_MODEL
}
