package org.synmap.density.api;

import org.synmap.morphology.api.Structure;

/**
 * Postsynaptic-target constants for one (presynaptic class, postsynaptic type): targets per
 * µm of length and per µm² of (ISF-convention) area, per structure (ConnectionsV8, isf-spec §2.5).
 */
public record PstConstants(double somaLength, double apicalLength, double basalLength,
        double somaArea, double apicalArea, double basalArea) {

    /** Targets per µm of length on {@code s}. */
    public double length(Structure s) {
        return switch (s) {
            case SOMA -> somaLength;
            case APICAL_DENDRITE -> apicalLength;
            case DENDRITE -> basalLength;
        };
    }

    /** Targets per µm² of area on {@code s}. */
    public double area(Structure s) {
        return switch (s) {
            case SOMA -> somaArea;
            case APICAL_DENDRITE -> apicalArea;
            case DENDRITE -> basalArea;
        };
    }
}
