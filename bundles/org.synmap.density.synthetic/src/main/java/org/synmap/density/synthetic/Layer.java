package org.synmap.density.synthetic;

/** Cortical layers of the synthetic cortex with their depth ranges below the pia (µm), rat vS1-like. */
enum Layer {
    L1(0, 150),
    L23(150, 580),
    L4(580, 900),
    L5A(900, 1100),
    L5B(1100, 1450),
    L6A(1450, 1750),
    L6B(1750, Cortex.THICKNESS);

    private final double top;
    private final double bottom;

    Layer(double top, double bottom) {
        this.top = top;
        this.bottom = bottom;
    }

    /** Depth of the upper border (µm below the pia). */
    double top() {
        return top;
    }

    /** Depth of the lower border (µm below the pia). */
    double bottom() {
        return bottom;
    }

    /** Whether a depth lies in this layer (upper border included). */
    boolean contains(double depth) {
        return depth >= top && depth < bottom;
    }
}
