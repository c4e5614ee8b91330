package org.synmap.morphology.asc;

import java.util.ArrayList;
import java.util.List;

import org.synmap.morphology.api.InputFormatException;
import org.synmap.morphology.api.Structure;

/**
 * Interprets the S-expressions of a Neurolucida file as NEURON's Import3d_Neurolucida3 does:
 * contours named {@code CellBody}, {@code Cell Body} or {@code Soma} with more than two points
 * are soma contours (other contours are ignored); a list whose first item is a list is a tree
 * (or, when it holds a string, a text label, ignored); a tree's type is its last leading
 * property: {@code (Dendrite)}, {@code (Apical)}, {@code (Axon)}. In a branch, lists starting
 * with a number are points {@code (x y z d)}, lists starting with a word are markers or
 * properties (ignored), spines {@code < >} are ignored, a list starting with a list is the
 * split into child branches separated by {@code |}, and a word ends the branch
 * ({@code Normal}, {@code High}, {@code Low}, {@code Incomplete}, {@code Generated} ...).
 */
final class NeurolucidaTrees {

    /** A traced tree: its structure (null for an axon) and its root branch. */
    record Tree(Structure structure, Branch root, int line, boolean typed) {
    }

    private final String file;
    final List<Branch> contours = new ArrayList<>();
    final List<Tree> trees = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    private NeurolucidaTrees(String file) {
        this.file = file;
    }

    static NeurolucidaTrees of(List<AscNode> top, String file) throws InputFormatException {
        NeurolucidaTrees t = new NeurolucidaTrees(file);
        t.objects(top);
        return t;
    }

    private void objects(List<AscNode> nodes) throws InputFormatException {
        for (AscNode node : nodes) {
            if (AscNode.is(node, AscNode.Kind.COMMA)) {
                continue;
            }
            if (!(node instanceof AscNode.ListNode list)) {
                throw new InputFormatException(file, node.line(), "expected '(' starting a contour, tree or marker,"
                        + " found " + describe(node));
            }
            AscNode head = list.head();
            if (AscNode.is(head, AscNode.Kind.STRING)) {
                contour(list, ((AscNode.Atom) head).text());
            } else if (head instanceof AscNode.Atom a && a.kind() == AscNode.Kind.LABEL
                    && a.text().equalsIgnoreCase("set")) {
                if (list.items().size() < 2) {
                    throw new InputFormatException(file, list.line(), "expected (Set \"name\" objects...), found a Set"
                            + " without a name");
                }
                objects(list.items().subList(2, list.items().size())); // (Set "name" objects...)
            } else if (head instanceof AscNode.ListNode && !holdsString(list)) {
                tree(list);
            }
            // other lists: markers, image and file properties, text labels; NEURON ignores them
        }
    }

    private void contour(AscNode.ListNode list, String name) throws InputFormatException {
        if (!name.equals("CellBody") && !name.equals("Cell Body") && !name.equals("Soma")) {
            return;
        }
        Branch c = new Branch(list.line());
        for (AscNode item : list.items().subList(1, list.items().size())) {
            if (item instanceof AscNode.ListNode p && AscNode.is(p.head(), AscNode.Kind.NUMBER)) {
                c.points.add(point(p));
            }
        }
        if (c.points.size() > 2) {
            contours.add(c);
        } else {
            warnings.add(file + ":" + list.line() + ": soma contour '" + name + "' has fewer than three points; ignored,"
                    + " as NEURON ignores it");
        }
    }

    private void tree(AscNode.ListNode list) throws InputFormatException {
        List<AscNode> items = list.items();
        int k = 0;
        String type = null;
        while (k < items.size() && (items.get(k) instanceof AscNode.ListNode p && AscNode.is(p.head(),
                AscNode.Kind.LABEL) || AscNode.is(items.get(k), AscNode.Kind.COMMA))) {
            if (items.get(k) instanceof AscNode.ListNode p) {
                type = ((AscNode.Atom) p.head()).text(); // NEURON types the tree by its last property
            }
            k++;
        }
        Structure structure;
        boolean typed = true;
        if ("Axon".equals(type)) {
            structure = null;
        } else if ("Apical".equals(type)) {
            structure = Structure.APICAL_DENDRITE;
        } else {
            structure = Structure.DENDRITE;
            typed = "Dendrite".equals(type);
        }
        Branch root = branch(items.subList(k, items.size()), list.line(), null);
        trees.add(new Tree(structure, root, list.line(), typed));
    }

    private Branch branch(List<AscNode> items, int line, Branch parent) throws InputFormatException {
        Branch b = new Branch(items.isEmpty() ? line : items.get(0).line());
        b.parent = parent;
        boolean ended = false;
        for (AscNode item : items) {
            if (ended) {
                if (!AscNode.is(item, AscNode.Kind.COMMA)) {
                    throw new InputFormatException(file, item.line(), "expected ')' after the end of a branch, found "
                            + describe(item));
                }
            } else if (item instanceof AscNode.ListNode p && AscNode.is(p.head(), AscNode.Kind.NUMBER)) {
                b.points.add(point(p));
            } else if (item instanceof AscNode.ListNode p && p.head() instanceof AscNode.ListNode) {
                requirePoints(b, p.line());
                split(p, b);
                ended = true;
            } else if (AscNode.is(item, AscNode.Kind.LABEL)) {
                requirePoints(b, item.line());
                ended = true; // Normal, High, Low, Incomplete, Generated, ...
            } else if (AscNode.is(item, AscNode.Kind.NUMBER) || AscNode.is(item, AscNode.Kind.STRING)
                    || AscNode.is(item, AscNode.Kind.BAR)) {
                throw new InputFormatException(file, item.line(), "expected a point (x y z d), a marker, a split or"
                        + " an end word such as Normal, found " + describe(item));
            }
            // markers and properties (lists starting with a word), spines, commas: ignored
        }
        requirePoints(b, line);
        return b;
    }

    private void split(AscNode.ListNode list, Branch parent) throws InputFormatException {
        List<AscNode> group = new ArrayList<>();
        for (AscNode item : list.items()) {
            if (AscNode.is(item, AscNode.Kind.BAR)) {
                parent.children.add(branch(group, item.line(), parent));
                group = new ArrayList<>();
            } else {
                group.add(item);
            }
        }
        parent.children.add(branch(group, list.line(), parent));
    }

    private void requirePoints(Branch b, int line) throws InputFormatException {
        if (b.points.isEmpty()) {
            throw new InputFormatException(file, line, "expected a branch to start with a point (x y z d)");
        }
    }

    /** {@code (x y z d)}, optionally followed by a sample label such as {@code S1}; commas allowed. */
    private double[] point(AscNode.ListNode p) throws InputFormatException {
        double[] xyzd = new double[4];
        int k = 0;
        for (AscNode item : p.items()) {
            if (AscNode.is(item, AscNode.Kind.COMMA)) {
                continue;
            }
            if (k < 4) {
                if (!(item instanceof AscNode.Atom a && a.kind() == AscNode.Kind.NUMBER)) {
                    throw new InputFormatException(file, item.line(), "expected 4 numbers x y z d in a point, found "
                            + describe(item) + " as value " + (k + 1));
                }
                xyzd[k++] = a.number();
            } else if (!(AscNode.is(item, AscNode.Kind.LABEL) || item instanceof AscNode.ListNode)) {
                throw new InputFormatException(file, item.line(), "expected 4 numbers x y z d in a point, found a fifth"
                        + " value " + describe(item));
            }
        }
        if (k < 4) {
            throw new InputFormatException(file, p.line(), "expected 4 numbers x y z d in a point, found " + k);
        }
        if (xyzd[3] < 0) {
            throw new InputFormatException(file, p.line(), "expected a diameter >= 0, found " + xyzd[3]);
        }
        return xyzd;
    }

    private static boolean holdsString(AscNode.ListNode list) {
        return list.items().stream().anyMatch(i -> AscNode.is(i, AscNode.Kind.STRING));
    }

    private static String describe(AscNode n) {
        if (n instanceof AscNode.Atom a) {
            return switch (a.kind()) {
                case NUMBER -> "the number " + a.text();
                case STRING -> "the string \"" + a.text() + "\"";
                case LABEL -> "'" + a.text() + "'";
                case BAR -> "'|'";
                case COMMA -> "','";
            };
        }
        return n instanceof AscNode.Spine ? "a spine '<'" : "a list '('";
    }
}
