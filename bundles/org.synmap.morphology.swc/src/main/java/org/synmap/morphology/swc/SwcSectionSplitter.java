package org.synmap.morphology.swc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.synmap.morphology.api.InputFormatException;
import org.synmap.morphology.api.Structure;

/**
 * Cuts an SWC tree into unbranched sections the way ISF's hoc files are laid out (isf-spec §2.2):
 * <ul>
 * <li>axon samples (type 2) are dropped with everything below them;</li>
 * <li>a dendrite section ends at a sample with two or more children, or where the type changes;</li>
 * <li>a child section starts with a copy of the sample it hangs from, as 158 of the 166 child
 * sections of 86_C2_center.hoc do; the 8 others are the soma's children, so sections hanging
 * from the soma start at their own first sample;</li>
 * <li>the soma samples become one section where the layout allows: a chain; a centre sample
 * with two chains (the 3-point convention: [child 1, centre, child 2]); a single sample,
 * expanded to that 3-point form (a cylinder of length and diameter 2r along y, whose lateral
 * area equals the sphere's). Dendrites may hang from any soma sample; their parent position is
 * that sample's relative position on the soma section. Soma samples that branch otherwise are
 * cut like dendrites, with a warning.</li>
 * </ul>
 * Sections are numbered depth first from the roots in file order, children in file order.
 */
final class SwcSectionSplitter {
    private final SwcTree tree;
    private final String file;
    private final boolean[] kept;
    private final boolean[] placed;
    private final List<SwcSectionPlan> plans = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final Map<Structure, Integer> nameCounters = new EnumMap<>(Structure.class);
    /** Soma group roots (sample positions) → number of soma sections cut from the group. */
    private final Map<Integer, Integer> somaSectionsPerGroup = new LinkedHashMap<>();

    /** A section still to be cut: its first own sample and where it hangs. */
    private record Pending(int start, int parentSection, int attachPoint, int attachSample) {
    }

    private SwcSectionSplitter(SwcTree tree, String file) {
        this.tree = tree;
        this.file = file;
        this.kept = new boolean[tree.size()];
        this.placed = new boolean[tree.size()];
    }

    /** Cuts the samples of one SWC file; {@code file} names it in messages. */
    static SwcSplit split(List<SwcNode> nodes, String file) throws InputFormatException {
        SwcSectionSplitter s = new SwcSectionSplitter(SwcTree.of(nodes, file), file);
        s.dropAxons();
        s.cut();
        return new SwcSplit(s.plans, s.warnings);
    }

    private void dropAxons() throws InputFormatException {
        int below = 0;
        Deque<int[]> todo = new ArrayDeque<>();
        for (int r : tree.roots()) {
            todo.push(new int[] {r, 0});
        }
        while (!todo.isEmpty()) {
            int[] e = todo.pop();
            boolean axonic = e[1] == 1 || tree.type(e[0]) == SwcNode.AXON;
            kept[e[0]] = !axonic;
            if (axonic && tree.type(e[0]) != SwcNode.AXON) {
                below++;
            }
            for (int c : tree.children(e[0])) {
                todo.push(new int[] {c, axonic ? 1 : 0});
            }
        }
        if (below > 0) {
            warnings.add(file + ": " + below + " non-axon samples hang below axon samples and are dropped with the axon");
        }
        if (keptRoots().isEmpty()) {
            throw new InputFormatException(file, 0, "no soma or dendrite samples (types 1, 3, 4) outside the axon");
        }
    }

    private List<Integer> keptRoots() {
        return tree.roots().stream().filter(r -> kept[r]).toList();
    }

    private void cut() {
        List<Integer> roots = keptRoots();
        warnAboutTheWholeFile(roots);
        Deque<Pending> todo = new ArrayDeque<>();
        for (int i = roots.size() - 1; i >= 0; i--) {
            todo.push(new Pending(roots.get(i), -1, -1, -1));
        }
        while (!todo.isEmpty()) {
            List<Pending> children = cutOne(todo.pop());
            for (int i = children.size() - 1; i >= 0; i--) {
                todo.push(children.get(i));
            }
        }
        somaSectionsPerGroup.forEach((root, count) -> {
            if (count > 1) {
                warnings.add(file + ":" + tree.node(root).line() + ": the soma samples from here branch; they form "
                        + count + " soma sections instead of one");
            }
        });
    }

    /** Cuts the section starting at {@code p.start()} and returns the sections hanging from it, in file order. */
    private List<Pending> cutOne(Pending p) {
        List<Integer> own = ownSamples(p.start());
        List<SwcNode> points = new ArrayList<>();
        boolean hangsFromSoma = p.attachSample() >= 0 && tree.type(p.attachSample()) == SwcNode.SOMA;
        if (p.parentSection() >= 0 && !(hangsFromSoma && tree.type(p.start()) != SwcNode.SOMA)) {
            points.add(tree.node(p.attachSample()));
        }
        int firstOwn = points.size();
        boolean expanded = own.size() == 1 && isLoneSoma(p.start());
        if (expanded) {
            SwcNode soma = tree.node(p.start());
            points.add(soma.shiftedY(-soma.radius()));
            points.add(soma);
            points.add(soma.shiftedY(soma.radius()));
            warnings.add(file + ":" + soma.line() + ": single-sample soma expanded to the 3-point convention, a"
                    + " cylinder of length and diameter " + 2 * soma.radius() + " along y");
        } else {
            own.forEach(i -> points.add(tree.node(i)));
        }
        int section = plans.size();
        Structure structure = structure(tree.type(p.start()));
        plans.add(new SwcSectionPlan(name(structure), structure, p.parentSection(), p.attachPoint(), points));
        if (structure == Structure.SOMA) {
            somaSectionsPerGroup.merge(somaGroupRoot(p.start()), 1, Integer::sum);
        }
        List<Pending> children = new ArrayList<>();
        for (int k = 0; k < own.size(); k++) {
            int sample = own.get(k);
            int point = expanded ? firstOwn + 1 : firstOwn + k;
            for (int c : tree.children(sample)) {
                if (kept[c] && !placed[c]) {
                    children.add(new Pending(c, section, point, sample));
                }
            }
        }
        children.sort(Comparator.comparingInt(Pending::start));
        return children;
    }

    /** The samples of the section starting at {@code start}, in point order; marks them placed. */
    private List<Integer> ownSamples(int start) {
        List<Integer> own = chain(start);
        boolean somaGroupRoot = tree.type(start) == SwcNode.SOMA && isSomaGroupRoot(start);
        if (somaGroupRoot && somaChildren(start).size() == 2) {
            List<Integer> first = chain(somaChildren(start).get(0));
            List<Integer> second = chain(somaChildren(start).get(1));
            if (endsUnbranched(first) && endsUnbranched(second)) {
                own = new ArrayList<>(first);
                Collections.reverse(own);
                own.add(start);
                own.addAll(second);
            }
        }
        own.forEach(i -> placed[i] = true);
        boolean threePoint = own.size() == 3 && own.get(1) == start;
        if (somaGroupRoot && own.size() >= 3 && !threePoint && coversSomaGroup(own)) {
            warnings.add(file + ":" + tree.node(start).line() + ": soma of " + own.size() + " samples read as one"
                    + " section through them in order; if they outline a contour, its length and area are not"
                    + " meaningful");
        }
        return own;
    }

    /** True when no soma sample below these is left for another section. */
    private boolean coversSomaGroup(List<Integer> own) {
        return own.stream().allMatch(i -> somaChildren(i).stream().allMatch(c -> placed[c]));
    }

    /** The sample and its continuations: the single soma child of a soma sample, the single same-type child otherwise. */
    private List<Integer> chain(int start) {
        List<Integer> chain = new ArrayList<>();
        for (int i = start; i >= 0; i = continuation(i)) {
            chain.add(i);
        }
        return chain;
    }

    private int continuation(int i) {
        if (tree.type(i) == SwcNode.SOMA) {
            List<Integer> soma = somaChildren(i);
            return soma.size() == 1 ? soma.get(0) : -1;
        }
        List<Integer> children = tree.children(i).stream().filter(c -> kept[c]).toList();
        return children.size() == 1 && tree.type(children.get(0)) == tree.type(i) ? children.get(0) : -1;
    }

    private List<Integer> somaChildren(int i) {
        return tree.children(i).stream().filter(c -> tree.type(c) == SwcNode.SOMA).toList();
    }

    private boolean endsUnbranched(List<Integer> somaChain) {
        return somaChildren(somaChain.get(somaChain.size() - 1)).isEmpty();
    }

    private boolean isSomaGroupRoot(int i) {
        return tree.parent(i) < 0 || tree.type(tree.parent(i)) != SwcNode.SOMA;
    }

    private boolean isLoneSoma(int i) {
        return tree.type(i) == SwcNode.SOMA && isSomaGroupRoot(i) && somaChildren(i).isEmpty();
    }

    private int somaGroupRoot(int i) {
        int r = i;
        while (!isSomaGroupRoot(r)) {
            r = tree.parent(r);
        }
        return r;
    }

    private void warnAboutTheWholeFile(List<Integer> roots) {
        int keptCount = 0;
        int soma = 0;
        boolean sameRadius = true;
        double radius = Double.NaN;
        for (int i = 0; i < tree.size(); i++) {
            if (kept[i]) {
                keptCount++;
                soma += tree.type(i) == SwcNode.SOMA ? 1 : 0;
                sameRadius &= Double.isNaN(radius) || tree.node(i).radius() == radius;
                radius = tree.node(i).radius();
            }
        }
        if (soma == 0) {
            warnings.add(file + ": no soma samples (type 1)");
        } else if (soma == keptCount && keptCount > 3) {
            warnings.add(file + ": all " + keptCount + " samples have type 1 (soma): the file carries no dendrite"
                    + " labels, so every section is labelled Soma");
        }
        if (sameRadius && keptCount > 3) {
            warnings.add(file + ": all " + keptCount + " samples have radius " + radius
                    + ": the diameters look like placeholders");
        }
        if (roots.size() > 1) {
            warnings.add(file + ": " + roots.size() + " roots (lines " + String.join(", ",
                    roots.stream().map(r -> String.valueOf(tree.node(r).line())).toList())
                    + "): the morphology is not one connected tree");
        }
        for (int r : roots) {
            if (tree.type(r) != SwcNode.SOMA) {
                warnings.add(file + ":" + tree.node(r).line() + ": this root is not a soma sample; the sections below it"
                        + " have no soma ancestor");
            }
        }
    }

    private String name(Structure structure) {
        int k = nameCounters.merge(structure, 1, Integer::sum) - 1;
        return switch (structure) {
            case SOMA -> k == 0 ? "soma" : "soma_" + k;
            case DENDRITE -> "dend_" + k;
            case APICAL_DENDRITE -> "apical_" + k;
        };
    }

    private static Structure structure(int type) {
        return switch (type) {
            case SwcNode.SOMA -> Structure.SOMA;
            case SwcNode.DENDRITE -> Structure.DENDRITE;
            case SwcNode.APICAL -> Structure.APICAL_DENDRITE;
            default -> throw new IllegalStateException("type " + type + " reached the splitter");
        };
    }
}
