package org.synmap.density.synthetic;

/**
 * The vertical geometry of the synthetic cortex: a flat pia at {@link #PIA_Z} with +z pointing
 * to the pia, and cortex {@link #THICKNESS} µm thick below it.
 *
 * <p>The pia height puts the coordinate frame in line with ISF's C2-registered morphologies:
 * {@code 86_C2_center.hoc} then has its soma ~1,120 µm below the pia (L5B) and its apical tuft
 * top ~47 µm below it (L1); the presynaptic somata of ISF's example embedding sit at the depths
 * their type names say (e.g. L1 ~135 µm, L4ss ~795 µm, L6ct ~1,670 µm).
 */
final class Cortex {
    /** z of the pia (µm). */
    static final double PIA_Z = 740.0;
    /** Cortical thickness (µm): the white matter begins at {@code PIA_Z − THICKNESS}. */
    static final double THICKNESS = 2000.0;

    private Cortex() {
    }

    /** Depth below the pia of height z. */
    static double depth(double z) {
        return PIA_Z - z;
    }

    /** Height z of a depth below the pia. */
    static double z(double depth) {
        return PIA_Z - depth;
    }

    /** A depth clamped into the cortex, so that voxels straddling the pia or the white matter get boundary values. */
    static double clampDepth(double depth) {
        return Math.max(0.0, Math.min(THICKNESS, depth));
    }
}
