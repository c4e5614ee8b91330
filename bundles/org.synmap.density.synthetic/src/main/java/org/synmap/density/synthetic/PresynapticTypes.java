package org.synmap.density.synthetic;

import static org.synmap.density.api.CellClass.EXC;
import static org.synmap.density.api.CellClass.INH;

import java.util.List;

import org.synmap.density.api.CellClass;

/**
 * The 22 presynaptic types of the synthetic model in ISF's order (isf-spec §2.4), with ISF's
 * classes (§1.1), the published per-type cell totals (§2.4), and bouton profiles.
 *
 * <p>Laminar peaks follow what each type's axon is known for (depths in µm below the pia, see
 * {@link Layer}): L2 axons in L1–L3 and L5, L4ss in L4 and L2/3, VPM in L4 and at the L5B/L6A
 * border, L6ct in L6 and L4, L1 in L1, the SymLocal types around their soma layers, and so on.
 * Types with transcolumnar axons (L2, L34, L5st, L6cc, L6ccinv, the Trans types) spread wider.
 *
 * <p>Lateral widths were chosen so that each type's share coming from C2 resembles ISF's example
 * embedding (isf-spec §3.2: e.g. L4ss and VPM ~80 %, L2 and L34 ~40 %, L6cc ~10 %).
 * {@code boutonsPerAxon} was then calibrated so that embedding {@code 86_C2_center.hoc} and the
 * default neuron ({@link L5ttC2Builder}) as L5tt give per-type synapse counts close to that
 * example (geometric mean over both cells and seeds 1–3; see the calibration test). Because
 * the normalization PST is the summed bouton density over a constant (see
 * {@link NormalizationPst}), only the ratios within a class matter for counts; the common
 * scales were chosen so that the summed bouton density in C2 is 0.2–0.8 EXC and 0.01–0.15 INH
 * boutons per µm³, depending on depth. The INH amounts were held within 1,000–6,000 boutons per
 * axon, which leaves SymLocal1 somewhat above and L45Peak somewhat below their example counts.
 */
final class PresynapticTypes {

    static final List<PresynapticType> ALL = List.of(
            type("L2", EXC, 60_913, 260, 200, 4_460, peak(200, 150, 1.0), peak(1050, 170, 1.0)),
            type("L34", EXC, 103_961, 250, 210, 5_060, peak(200, 170, 0.7), peak(600, 150, 0.3), peak(1080, 180, 1.4)),
            type("L4py", EXC, 18_941, 230, 230, 4_630, peak(350, 200, 0.25), peak(750, 120, 0.3), peak(1100, 150, 1.3)),
            type("L4sp", EXC, 31_827, 200, 200, 2_770, peak(200, 150, 0.5), peak(720, 120, 0.7), peak(1000, 150, 0.8)),
            type("L4ss", EXC, 47_254, 150, 150, 4_260, peak(350, 130, 0.6), peak(760, 120, 1.0), peak(1050, 150, 0.6)),
            type("L5st", EXC, 36_056, 300, 240, 6_190, peak(150, 150, 1.0), peak(1050, 180, 1.0)),
            type("L5tt", EXC, 27_630, 200, 200, 3_760, peak(1200, 180, 1.0), peak(1600, 180, 0.35), peak(80, 80, 0.06)),
            type("L6cc", EXC, 31_526, 600, 500, 10_620, peak(1350, 250, 1.0), peak(1100, 150, 0.5), peak(330, 150, 0.15)),
            type("L6ccinv", EXC, 17_561, 380, 340, 11_190, peak(1250, 200, 1.0), peak(1600, 200, 0.6), peak(60, 80, 0.08)),
            type("L6ct", EXC, 86_733, 170, 170, 2_690, peak(1650, 150, 1.0), peak(800, 120, 0.4), peak(1150, 200, 0.5)),
            type("VPM", EXC, 6_225, 150, 150, 9_550, peak(750, 110, 1.0), peak(1250, 160, 0.6)),
            type("SymLocal1", INH, 7_436, 120, 120, 1_000, peak(300, 110, 1.0)),
            type("SymLocal2", INH, 4_538, 120, 120, 1_170, peak(580, 120, 1.0)),
            type("SymLocal3", INH, 13_212, 120, 120, 3_965, peak(880, 130, 1.0)),
            type("SymLocal4", INH, 4_813, 120, 120, 5_140, peak(1120, 130, 1.0)),
            type("SymLocal5", INH, 1_903, 120, 120, 1_495, peak(1380, 130, 1.0)),
            type("SymLocal6", INH, 4_086, 120, 120, 2_000, peak(1780, 130, 1.0)),
            type("L1", INH, 1_117, 200, 200, 6_000, peak(90, 80, 1.0)),
            type("L23Trans", INH, 5_187, 300, 300, 1_035, peak(250, 150, 1.0), peak(1050, 150, 0.3)),
            type("L45Sym", INH, 5_760, 150, 150, 6_000, peak(950, 180, 1.0)),
            type("L45Peak", INH, 6_201, 200, 200, 6_000, peak(800, 150, 1.0), peak(1100, 150, 0.7), peak(100, 100, 0.2)),
            type("L56Trans", INH, 13_282, 300, 300, 6_000, peak(1200, 200, 1.0), peak(1600, 200, 0.5), peak(100, 100, 0.05)));

    private PresynapticTypes() {
    }

    /** The type named {@code name}. */
    static PresynapticType byName(String name) {
        for (PresynapticType t : ALL) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown presynaptic cell type '" + name + "'");
    }

    private static PresynapticType type(String name, CellClass cellClass, int total, double sigmaAlongRow,
            double sigmaAcrossRow, double boutons, LaminarPeak... peaks) {
        return new PresynapticType(name, cellClass, total, List.of(peaks), sigmaAlongRow, sigmaAcrossRow, boutons);
    }

    private static LaminarPeak peak(double depth, double sigma, double weight) {
        return new LaminarPeak(depth, sigma, weight);
    }
}
