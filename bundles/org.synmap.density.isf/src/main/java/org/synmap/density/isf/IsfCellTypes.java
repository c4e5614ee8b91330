package org.synmap.density.isf;

import java.util.List;

import org.synmap.density.api.CellClass;

/**
 * ISF's hard-coded presynaptic cell-type lists (isf-spec §1.1). A type's class comes from
 * these lists, not from any file; a type in neither list is an error.
 */
final class IsfCellTypes {

    /** The 11 excitatory types, in ISF's order. */
    static final List<String> EXCITATORY = List.of(
            "VPM", "L2", "L34", "L4py", "L4sp", "L4ss", "L5st", "L5tt", "L6cc", "L6ccinv", "L6ct");

    /** The 11 inhibitory types, in ISF's order. */
    static final List<String> INHIBITORY = List.of(
            "SymLocal1", "SymLocal2", "SymLocal3", "SymLocal4", "SymLocal5", "SymLocal6",
            "L1", "L23Trans", "L45Sym", "L45Peak", "L56Trans");

    private IsfCellTypes() {
    }

    /** The class of an ISF type, or null when ISF does not know the type. */
    static CellClass classOf(String type) {
        if (EXCITATORY.contains(type)) {
            return CellClass.EXC;
        }
        if (INHIBITORY.contains(type)) {
            return CellClass.INH;
        }
        return null;
    }

    /** Lists the known types, for error messages. */
    static String describe() {
        return "ISF's types are EXC " + String.join(" ", EXCITATORY) + " and INH " + String.join(" ", INHIBITORY);
    }
}
