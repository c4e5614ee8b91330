package org.synmap.density.synthetic;

import java.util.ArrayList;
import java.util.List;

import org.synmap.morphology.api.Section;
import org.synmap.morphology.api.Structure;

/** A section being grown: its points and diameters, with its parent's file position. */
final class SectionDraft {
    final int id;
    final String name;
    final Structure structure;
    final int parentId;
    final double parentX;
    private final List<Vec3> points = new ArrayList<>();
    private final List<Double> diameters = new ArrayList<>();

    SectionDraft(int id, String name, Structure structure, int parentId, double parentX) {
        this.id = id;
        this.name = name;
        this.structure = structure;
        this.parentId = parentId;
        this.parentX = parentX;
    }

    void add(Vec3 p, double diameter) {
        points.add(p);
        diameters.add(diameter);
    }

    Vec3 last() {
        return points.get(points.size() - 1);
    }

    Vec3 point(int i) {
        return points.get(i);
    }

    double diameter(int i) {
        return diameters.get(i);
    }

    int size() {
        return points.size();
    }

    Section toSection() {
        double[] xyz = new double[3 * points.size()];
        double[] d = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            xyz[3 * i] = points.get(i).x();
            xyz[3 * i + 1] = points.get(i).y();
            xyz[3 * i + 2] = points.get(i).z();
            d[i] = diameters.get(i);
        }
        return new Section(id, name, structure, parentId, parentX, xyz, d);
    }
}
