package org.synmap.shell.gogo;

import java.util.List;

/** Plain-text tables with left-aligned, space-padded columns. */
final class Table {
    private Table() {
    }

    static String render(List<String[]> rows) {
        int cols = 0;
        for (String[] r : rows) {
            cols = Math.max(cols, r.length);
        }
        int[] width = new int[cols];
        for (String[] r : rows) {
            for (int c = 0; c < r.length; c++) {
                width[c] = Math.max(width[c], r[c].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < r.length; c++) {
                line.append(r[c]);
                if (c < r.length - 1) {
                    line.append(" ".repeat(width[c] - r[c].length() + 2));
                }
            }
            if (sb.length() > 0) {
                sb.append('\n');
            }
            sb.append(line.toString().stripTrailing());
        }
        return sb.toString();
    }
}
