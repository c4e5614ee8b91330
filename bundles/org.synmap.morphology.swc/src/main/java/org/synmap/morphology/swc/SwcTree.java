package org.synmap.morphology.swc;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.synmap.morphology.api.InputFormatException;

/**
 * The samples of an SWC file linked into trees. Parents may appear after their children (the
 * SWC convention puts them first, but nothing here needs it). Refuses duplicate ids, unknown
 * parents and cycles.
 */
final class SwcTree {
    private final List<SwcNode> nodes;
    private final int[] parent;
    private final List<List<Integer>> children;

    private SwcTree(List<SwcNode> nodes, int[] parent, List<List<Integer>> children) {
        this.nodes = nodes;
        this.parent = parent;
        this.children = children;
    }

    static SwcTree of(List<SwcNode> nodes, String file) throws InputFormatException {
        Map<Integer, Integer> index = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            Integer earlier = index.putIfAbsent(nodes.get(i).id(), i);
            if (earlier != null) {
                throw new InputFormatException(file, nodes.get(i).line(), "sample id " + nodes.get(i).id()
                        + " appears twice (first at line " + nodes.get(earlier).line() + ")");
            }
        }
        int[] parent = new int[nodes.size()];
        List<List<Integer>> children = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            children.add(new ArrayList<>(2));
        }
        for (int i = 0; i < nodes.size(); i++) {
            SwcNode node = nodes.get(i);
            if (node.parent() == -1) {
                parent[i] = -1;
                continue;
            }
            Integer p = index.get(node.parent());
            if (p == null) {
                throw new InputFormatException(file, node.line(), "unknown parent id " + node.parent()
                        + " (no sample has that id)");
            }
            parent[i] = p;
            children.get(p).add(i);
        }
        SwcTree tree = new SwcTree(List.copyOf(nodes), parent, children);
        tree.requireAllReachRoots(file);
        return tree;
    }

    /** Every sample must lie below a root; the others sit on or below a parent cycle. */
    private void requireAllReachRoots(String file) throws InputFormatException {
        boolean[] reached = new boolean[nodes.size()];
        Deque<Integer> todo = new ArrayDeque<>(roots());
        while (!todo.isEmpty()) {
            int i = todo.pop();
            reached[i] = true;
            todo.addAll(children.get(i));
        }
        for (int i = 0; i < nodes.size(); i++) {
            if (!reached[i]) {
                throw new InputFormatException(file, nodes.get(i).line(), "sample " + nodes.get(i).id()
                        + " never reaches a root (parent -1): its parent ids form a cycle");
            }
        }
    }

    int size() { return nodes.size(); }

    /** Sample {@code i}, by position in the file. */
    SwcNode node(int i) { return nodes.get(i); }

    int type(int i) { return nodes.get(i).type(); }

    /** Position of sample {@code i}'s parent, or -1 for a root. */
    int parent(int i) { return parent[i]; }

    /** Positions of sample {@code i}'s children, in file order. */
    List<Integer> children(int i) { return Collections.unmodifiableList(children.get(i)); }

    /** Positions of the roots, in file order. */
    List<Integer> roots() {
        List<Integer> roots = new ArrayList<>();
        for (int i = 0; i < parent.length; i++) {
            if (parent[i] < 0) {
                roots.add(i);
            }
        }
        return roots;
    }
}
