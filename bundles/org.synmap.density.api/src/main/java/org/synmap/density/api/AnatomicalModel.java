package org.synmap.density.api;

import java.util.List;
import java.util.Map;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A dense anatomical model of a brain area: its areas (columns), presynaptic cell types and
 * counts, PST constants and normalization lattices, and per (area, type) the single-axon
 * bouton-density lattices. Orders matter: ISF iterates areas and types in these orders.
 */
@ConsumerType
public interface AnatomicalModel {

    /** A short description of the model, e.g. its folder or generator parameters. */
    String name();

    /** Areas (columns) in model order. */
    List<String> areas();

    /** Presynaptic cell types in model order. */
    List<String> cellTypes();

    /** The class of a presynaptic type. */
    CellClass cellClass(String type);

    /** Number of presynaptic cells of {@code type} in {@code area}. */
    int cellCount(String area, String type);

    /** Postsynaptic types for which PST constants exist for both classes. */
    List<String> postsynapticTypes();

    /**
     * PST constants of a (presynaptic class, postsynaptic type).
     *
     * @throws IllegalArgumentException when the model has none for that pair
     */
    PstConstants pstConstants(CellClass presynapticClass, String postsynapticType);

    /** The normalization PST lattice of a class, as stored (not cropped). */
    Lattice normalizationPst(CellClass cellClass);

    /** Bouton-density lattices of an (area, type), in the order cells choose among them. */
    List<BoutonLattice> boutonLattices(String area, String type);

    /** Facts about the model's inputs worth recording beside results (paths, seeds, checksums). */
    Map<String, String> provenance();
}
