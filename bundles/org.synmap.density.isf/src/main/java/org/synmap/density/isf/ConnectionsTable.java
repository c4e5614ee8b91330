package org.synmap.density.isf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.synmap.density.api.CellClass;
import org.synmap.density.api.PstConstants;
import org.synmap.morphology.api.InputFormatException;

/**
 * {@code ConnectionsV8.csv} (isf-spec §2.5): PST constants per (presynaptic class, postsynaptic
 * type). Columns are taken by position, as ISF does: class, postsynaptic type, then soma,
 * apical and basal length densities and soma, apical and basal area densities. The class is
 * EXC when the first column contains {@code EXCITATORY}, INH when it contains
 * {@code INHIBITORY}. A first row whose first field is {@code PRESYNAPTIC_CELLTYPE} is the header.
 *
 * @param constants per class, postsynaptic type → constants, in file order
 */
record ConnectionsTable(Map<CellClass, Map<String, PstConstants>> constants) {
    static final String HEADER_KEY = "PRESYNAPTIC_CELLTYPE";
    private static final int FIELDS = 8;
    private static final String[] COLUMN_NAMES = {"", "", "soma length density", "apical length density",
        "basal length density", "soma area density", "apical area density", "basal area density"};

    static ConnectionsTable read(Path file) throws IOException {
        Map<CellClass, Map<String, PstConstants>> constants = new EnumMap<>(CellClass.class);
        Map<CellClass, Map<String, Integer>> lines = new EnumMap<>(CellClass.class);
        for (CellClass c : CellClass.values()) {
            constants.put(c, new LinkedHashMap<>());
            lines.put(c, new LinkedHashMap<>());
        }
        List<String> unknownTypes = new ArrayList<>();
        int firstUnknownLine = 0;
        for (TabText.Row row : TabText.read(file)) {
            String[] f = row.fields();
            if (f[0].equals(HEADER_KEY)) {
                continue;
            }
            if (f.length != FIELDS) {
                throw new InputFormatException(file.toString(), row.line(), "expected " + FIELDS
                        + " fields (presynaptic class, postsynaptic type, 3 length and 3 area densities), found " + f.length);
            }
            CellClass cellClass = classOf(f[0], file, row.line());
            String post = f[1];
            Integer previous = lines.get(cellClass).putIfAbsent(post, row.line());
            if (previous != null) {
                throw new InputFormatException(file.toString(), row.line(), cellClass + " constants for postsynaptic type '"
                        + post + "' given twice (first on line " + previous + ")");
            }
            double[] v = new double[6];
            for (int c = 0; c < 6; c++) {
                v[c] = TabText.density(f[c + 2], file, row.line(), COLUMN_NAMES[c + 2]);
            }
            constants.get(cellClass).put(post, new PstConstants(v[0], v[1], v[2], v[3], v[4], v[5]));
            if (IsfCellTypes.classOf(post) == null && !unknownTypes.contains("'" + post + "'")) {
                unknownTypes.add("'" + post + "'");
                firstUnknownLine = firstUnknownLine == 0 ? row.line() : firstUnknownLine;
            }
        }
        if (!unknownTypes.isEmpty()) {
            throw new InputFormatException(file.toString(), firstUnknownLine, "unknown postsynaptic type"
                    + (unknownTypes.size() > 1 ? "s " : " ") + String.join(", ", unknownTypes) + "; "
                    + IsfCellTypes.describe());
        }
        return new ConnectionsTable(constants);
    }

    private static CellClass classOf(String field, Path file, int line) throws InputFormatException {
        if (field.contains("EXCITATORY")) {
            return CellClass.EXC;
        }
        if (field.contains("INHIBITORY")) {
            return CellClass.INH;
        }
        throw new InputFormatException(file.toString(), line, "expected a presynaptic class containing EXCITATORY"
                + " or INHIBITORY, found '" + field + "'");
    }

    /**
     * Postsynaptic types with constants for both classes, in order of first appearance. ISF
     * accepts any of its types as postsynaptic and fails later on a missing row (VPM, quirk
     * Q12); only these types can be embedded.
     */
    List<String> postsynapticTypes() {
        List<String> both = new ArrayList<>();
        for (Map<String, PstConstants> byType : constants.values()) {
            for (String post : byType.keySet()) {
                if (!both.contains(post) && constants.get(CellClass.EXC).containsKey(post)
                        && constants.get(CellClass.INH).containsKey(post)) {
                    both.add(post);
                }
            }
        }
        return List.copyOf(both);
    }
}
