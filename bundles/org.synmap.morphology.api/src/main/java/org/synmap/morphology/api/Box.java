package org.synmap.morphology.api;

/** An axis-aligned box, closed at both ends (µm). */
public record Box(double minX, double maxX, double minY, double maxY, double minZ, double maxZ) {

    /** Lower bound on {@code axis} (0 = x, 1 = y, 2 = z). */
    public double min(int axis) {
        return switch (axis) {
            case 0 -> minX;
            case 1 -> minY;
            case 2 -> minZ;
            default -> throw new IndexOutOfBoundsException(axis);
        };
    }

    /** Upper bound on {@code axis} (0 = x, 1 = y, 2 = z). */
    public double max(int axis) {
        return switch (axis) {
            case 0 -> maxX;
            case 1 -> maxY;
            case 2 -> maxZ;
            default -> throw new IndexOutOfBoundsException(axis);
        };
    }

    /** Closed-box overlap: touching boxes overlap. */
    public boolean overlaps(Box o) {
        return Math.max(minX, o.minX) <= Math.min(maxX, o.maxX)
                && Math.max(minY, o.minY) <= Math.min(maxY, o.maxY)
                && Math.max(minZ, o.minZ) <= Math.min(maxZ, o.maxZ);
    }

    /** Whether the point lies in the closed box. */
    public boolean contains(double x, double y, double z) {
        return minX <= x && x <= maxX && minY <= y && y <= maxY && minZ <= z && z <= maxZ;
    }

    /** The smallest box holding both. */
    public Box union(Box o) {
        return new Box(Math.min(minX, o.minX), Math.max(maxX, o.maxX), Math.min(minY, o.minY),
                Math.max(maxY, o.maxY), Math.min(minZ, o.minZ), Math.max(maxZ, o.maxZ));
    }
}
