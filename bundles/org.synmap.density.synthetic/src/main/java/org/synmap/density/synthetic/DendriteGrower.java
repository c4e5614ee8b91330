package org.synmap.density.synthetic;

/**
 * Grows sections as persistent random walks: steps of about {@link #STEP} µm, the direction
 * drifting by small random turns, pulled towards a preferred direction, and kept inside a band
 * of cortical depths. Coordinates and diameters are rounded to 1 nm, so that they survive a
 * round trip through a text format such as hoc unchanged.
 */
final class DendriteGrower {
    /** Point spacing (µm): like ISF's reconstructions (~14k points for ~15 mm). */
    static final double STEP = 1.1;
    /** Random turning per √µm (rad). */
    private static final double TURNING = 0.03;
    /** Distance (µm) from the band edges at which the walk starts to turn away from them. */
    private static final double BAND_MARGIN = 30.0;
    /** Vertical turning (rad per µm, per µm inside the margin) that keeps the walk in its band. */
    private static final double BAND_STIFFNESS = 0.02;

    private final SplitMix64 rng;
    private final double minDepth;
    private final double maxDepth;
    private final Vec3 pull;

    /**
     * @param minDepth shallowest depth the walk should reach (µm below the pia)
     * @param maxDepth deepest depth
     * @param pull     preferred direction, scaled to the turning towards it per µm
     */
    DendriteGrower(SplitMix64 rng, double minDepth, double maxDepth, Vec3 pull) {
        this.rng = rng;
        this.minDepth = minDepth;
        this.maxDepth = maxDepth;
        this.pull = pull;
    }

    /**
     * Appends a walk of {@code length} µm to {@code section}, which already holds its first
     * point; diameters taper linearly from the first point's to {@code endDiameter}.
     *
     * @return the direction at the end
     */
    Vec3 grow(SectionDraft section, Vec3 direction, double length, double endDiameter) {
        int steps = Math.max(2, (int) Math.ceil(length / STEP));
        double step = length / steps;
        double startDiameter = section.diameter(section.size() - 1);
        Vec3 u = direction;
        Vec3 p = section.last();
        for (int n = 1; n <= steps; n++) {
            Vec3 turn = new Vec3(rng.gaussian(), rng.gaussian(), rng.gaussian()).times(TURNING * Math.sqrt(step));
            u = u.plus(turn).plus(pull.times(step)).plus(bandCorrection(p).times(step)).unit();
            p = p.plus(u.times(step));
            section.add(round(p), round(startDiameter + (endDiameter - startDiameter) * n / steps));
        }
        return u;
    }

    /** A vertical turn away from the band edges, growing as the walk approaches them. */
    private Vec3 bandCorrection(Vec3 p) {
        double depth = Cortex.depth(p.z());
        if (depth < minDepth + BAND_MARGIN) {
            return new Vec3(0, 0, -BAND_STIFFNESS * (minDepth + BAND_MARGIN - depth));
        }
        if (depth > maxDepth - BAND_MARGIN) {
            return new Vec3(0, 0, BAND_STIFFNESS * (depth - maxDepth + BAND_MARGIN));
        }
        return new Vec3(0, 0, 0);
    }

    /** A value rounded to 1 nm (0.001 µm). */
    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    static Vec3 round(Vec3 p) {
        return new Vec3(round(p.x()), round(p.y()), round(p.z()));
    }
}
