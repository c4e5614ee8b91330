package org.synmap.density.synthetic;

import java.util.ArrayList;
import java.util.List;

/**
 * The topology and section lengths of a dendritic tree, drawn before any point is placed so
 * that the tree's total length can be set exactly ({@link #scaledTo}).
 *
 * @param length   length of this section (µm)
 * @param spin     rotation (rad) of the branching plane about the section's end direction
 * @param turns    per child, its turn (rad) away from this section's end direction
 * @param children the child subtrees, in file order
 */
record TreePlan(double length, double spin, double[] turns, List<TreePlan> children) {

    /**
     * How a tree branches: per branch order the length range of a section that branches (pairs
     * min, max) and the probability that it does; sections that do not branch get a terminal length.
     */
    record Rules(double[] branchLengths, double[] branchProbability, double terminalMin, double terminalMax) {
    }

    /** Draws a tree from {@code rules}, starting at branch order {@code order}. */
    static TreePlan draw(Rules rules, int order, SplitMix64 rng) {
        boolean branches = order < rules.branchProbability().length && rng.nextDouble() < rules.branchProbability()[order];
        if (!branches) {
            return new TreePlan(rng.uniform(rules.terminalMin(), rules.terminalMax()), 0, new double[0], List.of());
        }
        double length = rng.uniform(rules.branchLengths()[2 * order], rules.branchLengths()[2 * order + 1]);
        double spin = rng.uniform(0, 2 * Math.PI);
        double[] turns = {rng.uniform(0.35, 0.7), -rng.uniform(0.35, 0.7)};
        List<TreePlan> children = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            children.add(draw(rules, order + 1, rng));
        }
        return new TreePlan(length, spin, turns, List.copyOf(children));
    }

    double totalLength() {
        double sum = length;
        for (TreePlan c : children) {
            sum += c.totalLength();
        }
        return sum;
    }

    /** The same tree with every section length multiplied so that the total is {@code total}. */
    TreePlan scaledTo(double total) {
        return scaled(total / totalLength());
    }

    private TreePlan scaled(double f) {
        List<TreePlan> kids = new ArrayList<>();
        for (TreePlan c : children) {
            kids.add(c.scaled(f));
        }
        return new TreePlan(length * f, spin, turns, List.copyOf(kids));
    }
}
