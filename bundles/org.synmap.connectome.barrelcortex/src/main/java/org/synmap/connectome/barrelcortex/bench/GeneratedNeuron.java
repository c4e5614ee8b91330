package org.synmap.connectome.barrelcortex.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Section;
import org.synmap.morphology.api.Structure;

/**
 * A deterministic L5 pyramidal-like morphology of realistic size for benchmarks: a traced soma,
 * 8 basal trees and an apical trunk with obliques and a tuft, about 15 mm of dendrite on about
 * 14,000 points (86_C2_center.hoc: 15.3 mm, 13,962 points). Children start at their parent's
 * last point, as in Amira-exported hoc files.
 */
final class GeneratedNeuron {
    /** Distance between traced points (µm). */
    private static final double STEP = 1.1;

    private final SplittableRandom random;
    private final List<Section> sections = new ArrayList<>();

    private GeneratedNeuron(long seed) {
        random = new SplittableRandom(seed);
    }

    /** A neuron whose soma centre is at (x, y, z); the apical trunk grows towards +z. */
    static Morphology generate(double x, double y, double z, long seed) {
        return new GeneratedNeuron(seed).build(x, y, z);
    }

    private Morphology build(double x, double y, double z) {
        int n = 40;
        double[] xyz = new double[3 * n];
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            xyz[3 * i] = x;
            xyz[3 * i + 1] = y;
            xyz[3 * i + 2] = z - 11 + 22.0 * i / (n - 1);
            d[i] = 6 + 6 * Math.sin(Math.PI * i / (n - 1));
        }
        sections.add(new Section(0, "soma", Structure.SOMA, -1, Double.NaN, xyz, d));
        for (int t = 0; t < 8; t++) {
            double azimuth = 2 * Math.PI * (t + random.nextDouble(0.5)) / 8;
            double[] dir = {Math.cos(azimuth), Math.sin(azimuth), -0.3};
            int attach = 5 + 4 * t;
            grow(Structure.DENDRITE, 0, (double) attach / (n - 1), point(0, attach), dir, 120, 1.6, 3);
        }
        double[] top = point(0, n - 1);
        int parent = 0;
        double parentX = 1.0;
        double[] start = top;
        for (int segment = 0; segment < 3; segment++) {
            parent = straight(parent, parentX, start, 250, 4.0 - 0.8 * segment);
            parentX = 1.0;
            start = point(parent, sections.get(parent).pointCount() - 1);
            for (int o = 0; o < 3; o++) {
                double azimuth = random.nextDouble(2 * Math.PI);
                grow(Structure.APICAL_DENDRITE, parent, 1.0, start,
                        new double[] {Math.cos(azimuth), Math.sin(azimuth), 0.4}, 150, 1.2, 1);
            }
        }
        for (int t = 0; t < 2; t++) {
            double azimuth = Math.PI * t + random.nextDouble(1.0);
            grow(Structure.APICAL_DENDRITE, parent, 1.0, start,
                    new double[] {Math.cos(azimuth), Math.sin(azimuth), 1.2}, 250, 1.4, 2);
        }
        return new Morphology("generated_L5_pyramid.hoc", sections);
    }

    /** A straight apical trunk section going up by {@code length}. */
    private int straight(int parent, double parentX, double[] start, double length, double diameter) {
        return addSection(Structure.APICAL_DENDRITE, parent, parentX, start, new double[] {0, 0, 1}, length,
                diameter, 0.02);
    }

    /** A branch of {@code levels} further bifurcations, each child 80 % as long as its parent. */
    private void grow(Structure s, int parent, double parentX, double[] start, double[] dir, double length,
            double diameter, int levels) {
        int id = addSection(s, parent, parentX, start, dir, length, diameter, 0.15);
        if (levels == 0) {
            return;
        }
        Section sec = sections.get(id);
        double[] end = point(id, sec.pointCount() - 1);
        for (int side = -1; side <= 1; side += 2) {
            double angle = side * (0.35 + random.nextDouble(0.3));
            double[] child = {dir[0] * Math.cos(angle) - dir[1] * Math.sin(angle),
                    dir[0] * Math.sin(angle) + dir[1] * Math.cos(angle), dir[2]};
            grow(s, id, 1.0, end, child, length * 0.8, diameter * 0.75, levels - 1);
        }
    }

    /** A section of points {@value #STEP} µm apart along a slowly wandering direction. */
    private int addSection(Structure s, int parent, double parentX, double[] start, double[] dir, double length,
            double diameter, double wander) {
        int n = (int) Math.round(length / STEP) + 1;
        double[] xyz = new double[3 * n];
        double[] d = new double[n];
        double[] p = start.clone();
        double[] u = normalized(dir);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                for (int a = 0; a < 3; a++) {
                    u[a] += wander * (random.nextDouble() - 0.5);
                }
                u = normalized(u);
                for (int a = 0; a < 3; a++) {
                    p[a] += STEP * u[a];
                }
            }
            System.arraycopy(p, 0, xyz, 3 * i, 3);
            d[i] = diameter * (1 - 0.3 * i / n);
        }
        int id = sections.size();
        String name = (s == Structure.DENDRITE ? "dend_" : "apical_") + id;
        sections.add(new Section(id, name, s, parent, parentX, xyz, d));
        return id;
    }

    private double[] point(int section, int m) {
        Section s = sections.get(section);
        return new double[] {s.x(m), s.y(m), s.z(m)};
    }

    private static double[] normalized(double[] v) {
        double n = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
        return new double[] {v[0] / n, v[1] / n, v[2] / n};
    }
}
