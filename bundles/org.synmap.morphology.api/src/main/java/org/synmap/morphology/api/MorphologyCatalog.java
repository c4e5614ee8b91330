package org.synmap.morphology.api;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A plugin that provides built-in morphologies by name. Users refer to them as
 * {@code builtin:<name>} wherever a morphology file is expected.
 */
@ConsumerType
public interface MorphologyCatalog {

    /** Names of the morphologies this catalog provides, e.g. {@code l5tt-c2}. */
    List<String> morphologyNames();

    /** One line describing a morphology of this catalog. */
    String describe(String name);

    /**
     * Builds the named morphology; the same name always gives the same morphology.
     *
     * @throws IllegalArgumentException for a name not in {@link #morphologyNames()}
     */
    Morphology morphology(String name);
}
