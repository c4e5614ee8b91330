package org.synmap.density.synthetic;

/** A 3D vector (µm or a direction) for growing synthetic dendrites. */
record Vec3(double x, double y, double z) {
    static final Vec3 UP = new Vec3(0, 0, 1);

    Vec3 plus(Vec3 o) {
        return new Vec3(x + o.x, y + o.y, z + o.z);
    }

    Vec3 times(double f) {
        return new Vec3(x * f, y * f, z * f);
    }

    double dot(Vec3 o) {
        return x * o.x + y * o.y + z * o.z;
    }

    Vec3 cross(Vec3 o) {
        return new Vec3(y * o.z - z * o.y, z * o.x - x * o.z, x * o.y - y * o.x);
    }

    double norm() {
        return Math.sqrt(x * x + y * y + z * z);
    }

    Vec3 unit() {
        return times(1.0 / norm());
    }

    /** A unit vector perpendicular to this (unit) vector. */
    Vec3 anyPerpendicular() {
        Vec3 helper = Math.abs(z) < 0.9 ? UP : new Vec3(1, 0, 0);
        return cross(helper).unit();
    }

    /** This vector rotated by {@code angle} (rad) about the unit axis {@code axis} (Rodrigues). */
    Vec3 rotate(Vec3 axis, double angle) {
        double c = StrictMath.cos(angle);
        double s = StrictMath.sin(angle);
        return times(c).plus(axis.cross(this).times(s)).plus(axis.times(axis.dot(this) * (1 - c)));
    }

    /** The unit direction with azimuth {@code azimuth} in the xy plane and {@code elevation} above it (rad). */
    static Vec3 direction(double azimuth, double elevation) {
        double ce = StrictMath.cos(elevation);
        return new Vec3(ce * StrictMath.cos(azimuth), ce * StrictMath.sin(azimuth), StrictMath.sin(elevation));
    }
}
