package org.synmap.connectome.barrelcortex;

import java.util.List;

import org.synmap.density.api.PstConstants;
import org.synmap.morphology.api.Structure;

/** The cell's postsynaptic-target density per structure and grid voxel (isf-spec §1.7). */
final class CellPst {

    private CellPst() {
    }

    /**
     * {@code PST_S = (0 + c_len(S)·Len_S) + c_area(S)·Area_S}, element by element, with ISF's two
     * successive additions.
     *
     * @return per structure (in structure order), per grid voxel
     */
    static double[][] compute(LengthAreaDensity lengthArea, List<Structure> structures, PstConstants constants) {
        double[][] pst = new double[structures.size()][];
        for (int s = 0; s < structures.size(); s++) {
            double perLength = constants.length(structures.get(s));
            double perArea = constants.area(structures.get(s));
            double[] len = lengthArea.length()[s];
            double[] area = lengthArea.area()[s];
            double[] out = new double[len.length];
            for (int v = 0; v < len.length; v++) {
                out[v] = (0.0 + perLength * len[v]) + perArea * area[v];
            }
            pst[s] = out;
        }
        return pst;
    }
}
