package org.synmap.density.synthetic;

import java.util.ArrayList;
import java.util.List;

import org.synmap.morphology.api.Morphology;
import org.synmap.morphology.api.Section;
import org.synmap.morphology.api.Structure;

/**
 * Builds the default neuron: a synthetic L5 thick-tufted pyramidal cell in column C2, shaped
 * like ISF's {@code 86_C2_center.hoc} (isf-spec §3.1): soma in L5B, seven basal trees
 * (6.4 mm), an apical trunk to upper L2/3 with ten obliques near the soma (2.9 mm) and a tuft
 * of two main branches spreading in L1 (4.7 mm): ~15 mm of dendrite in ~170 sections with
 * points ~1 µm apart. Tree lengths are fixed; topology and shape come from a fixed seed.
 *
 * <p>Sections are named and ordered like ISF's files: {@code soma}, then each basal tree
 * {@code dend_<k>_0} and the apical tree {@code apical_1_0} depth first, a child named after its
 * parent plus {@code _0}/{@code _1}. Children start at their parent's last point; basal roots
 * start on the soma surface.
 */
final class L5ttC2Builder {
    static final String NAME = "l5tt-c2";
    /** Soma centre: on C2's axis, 1,150 µm below the pia (L5B). */
    static final Vec3 SOMA_CENTRE = new Vec3(-100, 390, Cortex.z(1150));
    /** Depth of the apical trunk's main bifurcation (L2/3, as in 86_C2_center). */
    static final double TUFT_DEPTH = 300.0;
    /** Distances (µm, along the trunk from the soma) where obliques leave the trunk. */
    private static final double[] OBLIQUE_AT = {10, 25, 45, 70, 100, 140, 190, 260, 360, 500};
    private static final int BASAL_TREES = 7;
    private static final double BASAL_LENGTH = 6400.0;
    private static final double OBLIQUE_LENGTH = 2900.0;
    private static final double TUFT_LENGTH = 4700.0;
    private static final double TERMINAL_DIAMETER = 0.35;
    private static final long SEED = 86;

    private static final TreePlan.Rules BASAL = new TreePlan.Rules(
            new double[] {15, 35, 30, 60, 40, 80}, new double[] {1.0, 1.0, 0.55}, 70, 130);
    private static final TreePlan.Rules OBLIQUE = new TreePlan.Rules(
            new double[] {20, 50, 40, 70}, new double[] {1.0, 0.4}, 60, 140);
    private static final TreePlan.Rules TUFT = new TreePlan.Rules(
            new double[] {120, 180, 40, 70, 40, 80, 50, 90}, new double[] {1.0, 1.0, 0.7, 0.4}, 100, 220);

    private final SplitMix64 rng = new SplitMix64(SEED);
    private final List<SectionDraft> drafts = new ArrayList<>();

    static Morphology build() {
        return new L5ttC2Builder().morphology();
    }

    private Morphology morphology() {
        SectionDraft soma = soma();
        double[] basalShare = shares(BASAL_TREES);
        for (int k = 0; k < BASAL_TREES; k++) {
            basalTree(soma, k, BASAL_LENGTH * basalShare[k]);
        }
        apicalTree(soma);
        List<Section> sections = new ArrayList<>();
        for (SectionDraft d : drafts) {
            sections.add(d.toSection());
        }
        return new Morphology(NAME, sections);
    }

    /** n random weights in [0.8, 1.2], normalized to sum 1. */
    private double[] shares(int n) {
        double[] w = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            w[i] = rng.uniform(0.8, 1.2);
            sum += w[i];
        }
        for (int i = 0; i < n; i++) {
            w[i] /= sum;
        }
        return w;
    }

    private SectionDraft draft(String name, Structure structure, SectionDraft parent, double parentX) {
        SectionDraft d = new SectionDraft(drafts.size(), name, structure, parent == null ? -1 : parent.id, parentX);
        drafts.add(d);
        return d;
    }

    /** A 20 µm centre line along z, 7 µm wide at its ends and 15 µm in the middle (like ISF's traced somata). */
    private SectionDraft soma() {
        SectionDraft soma = draft("soma", Structure.SOMA, null, Double.NaN);
        int n = 21;
        for (int i = 0; i < n; i++) {
            double u = i / (n - 1.0);
            Vec3 p = SOMA_CENTRE.plus(new Vec3(0.8 * (u - 0.5), -0.6 * (u - 0.5), 20 * (u - 0.5)));
            soma.add(DendriteGrower.round(p), DendriteGrower.round(7 + 8 * StrictMath.sin(Math.PI * u)));
        }
        return soma;
    }

    /** Basal tree k: leaves the soma's middle sideways, mostly downwards, and stays below L4. */
    private void basalTree(SectionDraft soma, int k, double length) {
        double azimuth = 2 * Math.PI * k / BASAL_TREES + rng.uniform(-0.3, 0.3);
        double elevation = rng.uniform(-0.9, 0.2);
        int at = 6 + (int) (rng.nextDouble() * 9); // soma points 6…14
        Vec3 start = soma.point(at).plus(Vec3.direction(azimuth, 0).times(soma.diameter(at) / 2));
        SectionDraft root = draft("dend_" + (k + 1) + "_0", Structure.DENDRITE, soma, soma.toSection().relPt(at));
        root.add(DendriteGrower.round(start), DendriteGrower.round(rng.uniform(1.0, 1.4)));
        Vec3 dir = Vec3.direction(azimuth, elevation);
        DendriteGrower grower = new DendriteGrower(rng, Layer.L4.bottom(), Cortex.THICKNESS, dir.times(0.002));
        grow(grower, root, dir, TreePlan.draw(BASAL, 0, rng).scaledTo(length), 0.45);
    }

    /**
     * The apical tree: a trunk to {@link #TUFT_DEPTH} split at each oblique, obliques growing
     * upwards and outwards, and a tuft of two main branches rising into L1 and branching there.
     */
    private void apicalTree(SectionDraft soma) {
        SectionDraft trunk = draft("apical_1_0", Structure.APICAL_DENDRITE, soma, 1.0);
        trunk.add(soma.last(), 2.6);
        double trunkLength = Cortex.depth(soma.last().z()) - TUFT_DEPTH;
        DendriteGrower trunkGrower = new DendriteGrower(rng, TUFT_DEPTH, Cortex.THICKNESS, Vec3.UP.times(0.02));
        DendriteGrower obliqueGrower = new DendriteGrower(rng, Layer.L23.top(), Cortex.THICKNESS, Vec3.UP.times(0.001));
        double[] obliqueShare = shares(OBLIQUE_AT.length);
        Vec3 u = Vec3.UP;
        double done = 0.0;
        for (int o = 0; o <= OBLIQUE_AT.length; o++) {
            double until = o < OBLIQUE_AT.length ? OBLIQUE_AT[o] : trunkLength;
            u = trunkGrower.grow(trunk, u, until - done, DendriteGrower.round(2.6 - 1.4 * until / trunkLength));
            done = until;
            if (o == OBLIQUE_AT.length) {
                break;
            }
            // The oblique is child 0, the trunk continues as child 1; golden-angle azimuths spread them around.
            double azimuth = 2.39996 * o + rng.uniform(-0.4, 0.4);
            SectionDraft oblique = draft(trunk.name + "_0", Structure.APICAL_DENDRITE, trunk, 1.0);
            oblique.add(trunk.last(), 0.9);
            TreePlan plan = TreePlan.draw(OBLIQUE, 0, rng).scaledTo(OBLIQUE_LENGTH * obliqueShare[o]);
            grow(obliqueGrower, oblique, Vec3.direction(azimuth, rng.uniform(0.1, 0.6)), plan, 0.75);
            SectionDraft next = draft(trunk.name + "_1", Structure.APICAL_DENDRITE, trunk, 1.0);
            next.add(trunk.last(), trunk.diameter(trunk.size() - 1));
            trunk = next;
        }
        DendriteGrower tuftGrower = new DendriteGrower(rng, 20.0, 220.0, Vec3.UP.times(0.001));
        double azimuth = rng.uniform(0, 2 * Math.PI);
        double first = rng.uniform(0.4, 0.6);
        for (int b = 0; b < 2; b++) {
            SectionDraft main = draft(trunk.name + "_" + b, Structure.APICAL_DENDRITE, trunk, 1.0);
            main.add(trunk.last(), 1.1);
            TreePlan plan = TreePlan.draw(TUFT, 0, rng).scaledTo(TUFT_LENGTH * (b == 0 ? first : 1 - first));
            grow(tuftGrower, main, Vec3.direction(azimuth + Math.PI * b, 1.1), plan, 0.85);
        }
    }

    /**
     * Grows {@code section} (holding its first point) along {@code plan} and, depth first, its
     * subtree. Diameters taper by 10 % along a branching section and to the terminal diameter
     * along a terminal one; children start at {@code childRatio} of their parent's end diameter.
     */
    private void grow(DendriteGrower grower, SectionDraft section, Vec3 direction, TreePlan plan, double childRatio) {
        boolean terminal = plan.children().isEmpty();
        double endDiameter = terminal ? TERMINAL_DIAMETER : Math.max(TERMINAL_DIAMETER, 0.9 * section.diameter(0));
        Vec3 end = grower.grow(section, direction, plan.length(), DendriteGrower.round(endDiameter));
        Vec3 axis = end.anyPerpendicular().rotate(end, plan.spin());
        double childDiameter = DendriteGrower.round(Math.max(TERMINAL_DIAMETER, childRatio * endDiameter));
        for (int c = 0; c < plan.children().size(); c++) {
            SectionDraft child = draft(section.name + "_" + c, section.structure, section, 1.0);
            child.add(section.last(), childDiameter);
            grow(grower, child, end.rotate(axis, plan.turns()[c]), plan.children().get(c), childRatio);
        }
    }
}
