package org.synmap.output.isf;

import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

import org.synmap.connectome.api.SynapseBlock;
import org.synmap.output.api.EmbeddingResult;

/**
 * {@code NumberOfConnectedCells.csv} (isf-spec §2.9) with deviation D3: the number of
 * <em>distinct</em> connected presynaptic cells per (column, type), for every pair of the model's
 * areas × types and, where every presynaptic type is one of ISF's barrel-cortex types, of ISF's
 * fixed 24 columns × 22 types (0 where none is connected), sorted by
 * column and then type in plain string order. ISF lists the same rows (its padding covers the
 * fixed lists; it derives the counts from the {@code .con}, which holds exactly the realization's
 * cells) but in the order of an unstable sort, which cannot be reproduced.
 */
final class ConnectedCellsTable {

    /** A (column, type) pair, ordered by column, then type, in plain string order. */
    private record Pair(String column, String type) implements Comparable<Pair> {
        private static final Comparator<Pair> ORDER = Comparator.comparing(Pair::column).thenComparing(Pair::type);

        @Override
        public int compareTo(Pair o) {
            return ORDER.compare(this, o);
        }
    }

    private ConnectedCellsTable() {
    }

    static String text(EmbeddingResult result) {
        Map<Pair, Integer> counts = new TreeMap<>();
        // ISF pads to its fixed barrel-cortex lists; that padding means nothing for other models.
        if (IsfOrder.TYPES.containsAll(result.cellTypes())) {
            for (String column : IsfOrder.COLUMNS) {
                for (String type : IsfOrder.TYPES) {
                    counts.put(new Pair(column, type), 0);
                }
            }
        }
        for (String area : result.areas()) {
            for (String type : result.cellTypes()) {
                counts.put(new Pair(area, type), 0);
            }
        }
        for (SynapseBlock b : result.realization().blocks()) {
            counts.put(new Pair(b.area(), b.type()), b.connectedCells());
        }
        StringBuilder sb = new StringBuilder(counts.size() * 20);
        sb.append("Presynaptic column\tPresynaptic cell type\tConnected presynaptic cells\n");
        for (Map.Entry<Pair, Integer> e : counts.entrySet()) {
            sb.append(e.getKey().column()).append('\t').append(e.getKey().type()).append('\t').append(e.getValue()).append('\n');
        }
        return sb.toString();
    }
}
