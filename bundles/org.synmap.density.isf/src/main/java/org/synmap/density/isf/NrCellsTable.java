package org.synmap.density.isf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.synmap.morphology.api.InputFormatException;

/**
 * {@code nrCells.csv} (isf-spec §2.4): a header {@code CELL TYPE} followed by the areas, then
 * one row per presynaptic type with one cell count per area. Area order is the header order,
 * type order the row order. Every type must be one of ISF's (§1.1).
 *
 * @param areas  areas in header order
 * @param types  presynaptic types in row order
 * @param counts {@code counts[t][a]}: cells of {@code types[t]} in {@code areas[a]}
 */
record NrCellsTable(List<String> areas, List<String> types, int[][] counts) {
    static final String HEADER_KEY = "CELL TYPE";

    static NrCellsTable read(Path file) throws IOException {
        List<TabText.Row> rows = TabText.read(file);
        if (rows.isEmpty() || !rows.get(0).fields()[0].equals(HEADER_KEY)) {
            int line = rows.isEmpty() ? 0 : rows.get(0).line();
            throw new InputFormatException(file.toString(), line,
                    "expected the header 'CELL TYPE<TAB>area<TAB>area...' as the first line");
        }
        TabText.Row header = rows.get(0);
        List<String> areas = List.of(Arrays.copyOfRange(header.fields(), 1, header.fields().length));
        if (areas.isEmpty()) {
            throw new InputFormatException(file.toString(), header.line(), "the header names no areas");
        }
        requireUniqueNames(areas, file, header.line(), "area");
        List<String> types = new ArrayList<>();
        Map<String, Integer> typeLines = new LinkedHashMap<>();
        int[][] counts = new int[rows.size() - 1][];
        for (int r = 1; r < rows.size(); r++) {
            TabText.Row row = rows.get(r);
            String[] f = row.fields();
            if (f.length != areas.size() + 1) {
                throw new InputFormatException(file.toString(), row.line(), "expected " + (areas.size() + 1)
                        + " fields (cell type and " + areas.size() + " counts), found " + f.length);
            }
            Integer previous = typeLines.putIfAbsent(f[0], row.line());
            if (previous != null) {
                throw new InputFormatException(file.toString(), row.line(), "cell type '" + f[0]
                        + "' listed twice (first on line " + previous + ")");
            }
            types.add(f[0]);
            counts[r - 1] = new int[areas.size()];
            for (int a = 0; a < areas.size(); a++) {
                counts[r - 1][a] = TabText.count(f[a + 1], file, row.line(), "cell count for " + f[0] + " in " + areas.get(a));
            }
        }
        if (types.isEmpty()) {
            throw new InputFormatException(file.toString(), header.line(), "no cell-type rows follow the header");
        }
        requireIsfTypes(typeLines, file);
        return new NrCellsTable(areas, List.copyOf(types), counts);
    }

    private static void requireUniqueNames(List<String> names, Path file, int line, String what)
            throws InputFormatException {
        for (int n = 0; n < names.size(); n++) {
            String name = names.get(n);
            if (name.isEmpty() || name.equals(".") || name.equals("..") || name.contains("/") || name.contains("\\")) {
                throw new InputFormatException(file.toString(), line, "'" + name + "' cannot name an " + what + " folder");
            }
            if (names.indexOf(name) != n) {
                throw new InputFormatException(file.toString(), line, what + " '" + name + "' listed twice");
            }
        }
    }

    /** Unknown types are an error listing all of them, at the line of the first. */
    private static void requireIsfTypes(Map<String, Integer> typeLines, Path file) throws InputFormatException {
        List<String> unknown = new ArrayList<>();
        int firstLine = 0;
        for (Map.Entry<String, Integer> e : typeLines.entrySet()) {
            if (IsfCellTypes.classOf(e.getKey()) == null) {
                unknown.add("'" + e.getKey() + "' (line " + e.getValue() + ")");
                firstLine = firstLine == 0 ? e.getValue() : firstLine;
            }
        }
        if (!unknown.isEmpty()) {
            throw new InputFormatException(file.toString(), firstLine, "unknown cell type" + (unknown.size() > 1 ? "s " : " ")
                    + String.join(", ", unknown) + "; " + IsfCellTypes.describe());
        }
    }

    /** Cells of type index t in area index a. */
    int count(int t, int a) {
        return counts[t][a];
    }
}
