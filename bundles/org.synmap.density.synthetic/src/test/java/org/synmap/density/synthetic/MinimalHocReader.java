package org.synmap.density.synthetic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Section;
import org.synmap.morphology.api.Structure;

/**
 * Just enough of ISF's hoc subset (isf-spec §2.1) to load the shipped morphologies in this
 * module's calibration test: create/connect/pt3dadd lines, axons skipped. Not a general reader;
 * the real one is org.synmap.morphology.hoc.
 */
final class MinimalHocReader {
    private MinimalHocReader() {
    }

    static Morphology read(Path file) throws IOException {
        List<String> names = new ArrayList<>();
        List<Structure> structures = new ArrayList<>();
        List<String> parents = new ArrayList<>();
        List<Double> parentXs = new ArrayList<>();
        List<List<double[]>> points = new ArrayList<>();
        boolean inAxon = false;
        for (String line : Files.readAllLines(file)) {
            if (line.contains("/*") && line.contains("*/")) {
                continue;
            }
            if (line.contains("create")) {
                Structure s = line.contains("soma") ? Structure.SOMA
                        : line.contains("dend") || line.contains("BasalDendrite") ? Structure.DENDRITE
                        : line.contains("apical") ? Structure.APICAL_DENDRITE : null;
                inAxon = s == null;
                if (!inAxon) {
                    names.add(line.replaceAll("[{}\\s]+", " ").trim().split(" ")[1]);
                    structures.add(s);
                    parents.add(null);
                    parentXs.add(Double.NaN);
                    points.add(new ArrayList<>());
                }
            } else if (!inAxon && line.contains("connect")) {
                String after = line.substring(line.indexOf(',') + 1);
                parents.set(parents.size() - 1, after.substring(0, after.indexOf('(')).trim());
                parentXs.set(parentXs.size() - 1,
                        Double.parseDouble(after.substring(after.indexOf('(') + 1, after.indexOf(')'))));
            } else if (!inAxon && line.contains("pt3dadd")) {
                String[] f = line.substring(line.indexOf('(') + 1, line.indexOf(')')).split(",");
                points.get(points.size() - 1).add(new double[] {Double.parseDouble(f[0].trim()),
                    Double.parseDouble(f[1].trim()), Double.parseDouble(f[2].trim()), Double.parseDouble(f[3].trim())});
            }
        }
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            ids.put(names.get(i), i);
        }
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            List<double[]> pts = points.get(i);
            double[] xyz = new double[3 * pts.size()];
            double[] diam = new double[pts.size()];
            for (int m = 0; m < pts.size(); m++) {
                System.arraycopy(pts.get(m), 0, xyz, 3 * m, 3);
                diam[m] = pts.get(m)[3];
            }
            int parent = parents.get(i) == null ? -1 : ids.get(parents.get(i));
            sections.add(new Section(i, names.get(i), structures.get(i), parent, parentXs.get(i), xyz, diam));
        }
        return new Morphology(file.getFileName().toString(), sections);
    }
}
