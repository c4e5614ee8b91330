package org.synmap.density.synthetic;

import java.util.ArrayList;
import java.util.List;

import org.synmap.density.api.CellClass;
import org.synmap.density.api.PstConstants;

/**
 * ISF's postsynaptic-target constants (ConnectionsV8, isf-spec §2.5), per presynaptic class and
 * postsynaptic type: targets per µm of length (EXC onto pyramids) or per µm² of area (EXC onto
 * interneurons, and all INH). There are none for postsynaptic VPM.
 */
final class PstConstantTable {
    private static final PstConstants EXC_ONTO_INTERNEURON = lengths(0, 0, 0, 0.37);
    private static final PstConstants INH_ONTO_ANY = lengths(0, 0, 0, 0.03);

    private PstConstantTable() {
    }

    /** Postsynaptic types with constants: every model type except VPM, in model order. */
    static List<String> postsynapticTypes() {
        List<String> out = new ArrayList<>();
        for (PresynapticType t : PresynapticTypes.ALL) {
            if (!t.name().equals("VPM")) {
                out.add(t.name());
            }
        }
        return List.copyOf(out);
    }

    /**
     * The constants of (presynaptic class, postsynaptic type).
     *
     * @throws IllegalArgumentException for a type without constants
     */
    static PstConstants constants(CellClass presynapticClass, String postsynapticType) {
        if (!postsynapticTypes().contains(postsynapticType)) {
            throw new IllegalArgumentException("no PST constants for postsynaptic type '" + postsynapticType
                    + "' (the model has them for " + String.join(", ", postsynapticTypes()) + ")");
        }
        if (presynapticClass == CellClass.INH) {
            return INH_ONTO_ANY;
        }
        return switch (postsynapticType) {
            case "L2", "L34" -> lengths(0, 1.68, 1.68, 0);
            case "L4py" -> lengths(0, 1.68, 1.17, 0);
            case "L4sp", "L4ss" -> lengths(0, 1.17, 1.17, 0);
            case "L5st", "L5tt" -> lengths(0, 1.68, 1.04, 0);
            case "L6cc", "L6ccinv", "L6ct" -> lengths(0, 1.04, 1.04, 0);
            default -> EXC_ONTO_INTERNEURON;
        };
    }

    /** Length constants for soma, apical and basal, and one area constant for all three structures. */
    private static PstConstants lengths(double soma, double apical, double basal, double area) {
        return new PstConstants(soma, apical, basal, area, area, area);
    }
}
