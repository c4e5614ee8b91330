package org.synmap.output.isf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** The fixed barrel-cortex lists ISF orders its tables by (isf-spec §2.9, §2.10). */
final class IsfOrder {

    /** Row order of the summary tables (§2.10). */
    static final List<String> SUMMARY_TYPES = List.of("L2", "L34", "L4py", "L4sp", "L4ss", "L5st", "L5tt",
            "L6cc", "L6ccinv", "L6ct", "VPM", "L1", "L23Trans", "L45Peak", "L45Sym", "L56Trans",
            "SymLocal1", "SymLocal2", "SymLocal3", "SymLocal4", "SymLocal5", "SymLocal6");

    /** The 24 columns NumberOfConnectedCells.csv always lists (§2.9). */
    static final List<String> COLUMNS = List.of("A1", "A2", "A3", "A4", "Alpha", "B1", "B2", "B3", "B4",
            "Beta", "C1", "C2", "C3", "C4", "D1", "D2", "D3", "D4", "Delta", "E1", "E2", "E3", "E4", "Gamma");

    /** The 22 cell types NumberOfConnectedCells.csv always lists (§2.9), alphabetically. */
    static final List<String> TYPES = SUMMARY_TYPES.stream().sorted().toList();

    private IsfOrder() {
    }

    /**
     * The summary row order for the types a model has: ISF's fixed order for the types it knows,
     * then the others in model order. ISF fails (variant A) or skips (variant B) a known type the
     * model lacks; synmap skips it, and prints types ISF does not know instead of dropping them.
     */
    static List<String> summaryTypes(List<String> modelTypes) {
        LinkedHashSet<String> present = new LinkedHashSet<>(modelTypes);
        List<String> out = new ArrayList<>();
        for (String t : SUMMARY_TYPES) {
            if (present.remove(t)) {
                out.add(t);
            }
        }
        out.addAll(present);
        return out;
    }
}
