package org.synmap.density.synthetic;

import java.util.ArrayList;
import java.util.List;

/**
 * The 24 barrel columns of the synthetic model, named and ordered like ISF's {@code nrCells.csv}
 * (Alpha A1–A4 Beta B1–B4 Gamma C1–C4 Delta D1–D4 E1–E4, isf-spec §2.4).
 *
 * <p>Positions approximate the average rat barrel field in ISF's C2-registered frame: rows run
 * along x, with row A at the largest y; arcs step along +x. Rows A and B have smaller barrels
 * (closer arc spacing) than C–E, and row E is shifted towards higher arcs, as in the rat. C2's
 * axis passes next to the soma of {@code 86_C2_center.hoc}.
 */
final class BarrelField {
    /** Per row A–E: the axis y, the x of arc 1, and the arc spacing (µm). */
    private static final double[][] ROWS = {
        {1110, -490, 280},
        {740, -500, 320},
        {395, -500, 410},
        {5, -410, 410},
        {-450, -140, 420},
    };
    private static final String[] ROW_NAMES = {"A", "B", "C", "D", "E"};
    /** Straddlers at the caudal end of the field, between rows k and k+1: x, y (µm). */
    private static final String[] STRADDLERS = {"Alpha", "Beta", "Gamma", "Delta"};
    private static final double[][] STRADDLER_XY = {{-760, 950}, {-870, 590}, {-820, 195}, {-580, -245}};

    private static final List<Column> COLUMNS = build();

    private BarrelField() {
    }

    private static List<Column> build() {
        List<Column> out = new ArrayList<>();
        for (int r = 0; r < ROWS.length; r++) {
            // ISF order: each straddler precedes the row below it (Alpha A…, Beta B…, …); E has none.
            if (r < STRADDLERS.length) {
                out.add(new Column(STRADDLERS[r], STRADDLER_XY[r][0], STRADDLER_XY[r][1], r + 0.3, 0));
            }
            for (int arc = 1; arc <= 4; arc++) {
                double x = ROWS[r][1] + (arc - 1) * ROWS[r][2];
                out.add(new Column(ROW_NAMES[r] + arc, x, ROWS[r][0], r, arc));
            }
        }
        return List.copyOf(out);
    }

    /** All columns in model order. */
    static List<Column> columns() {
        return COLUMNS;
    }

    /** The column named {@code name}. */
    static Column column(String name) {
        for (Column c : COLUMNS) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown column '" + name + "'");
    }

    static double minX() {
        return COLUMNS.stream().mapToDouble(Column::x).min().orElseThrow();
    }

    static double maxX() {
        return COLUMNS.stream().mapToDouble(Column::x).max().orElseThrow();
    }

    static double minY() {
        return COLUMNS.stream().mapToDouble(Column::y).min().orElseThrow();
    }

    static double maxY() {
        return COLUMNS.stream().mapToDouble(Column::y).max().orElseThrow();
    }
}
