package org.synmap.morphology.asc;

import java.util.List;

/** One node of a Neurolucida S-expression, with the line it starts on. */
sealed interface AscNode {

    int line();

    /** A number, a bare word (label), a quoted string, {@code |} or {@code ,}. */
    record Atom(Kind kind, String text, double number, int line) implements AscNode {
    }

    /** A parenthesised list. */
    record ListNode(List<AscNode> items, int line) implements AscNode {
        /** The first item, or null for {@code ()}. */
        AscNode head() {
            return items.isEmpty() ? null : items.get(0);
        }
    }

    /** A spine {@code <( ... )>}: ignored, as NEURON ignores spines for the section tree. */
    record Spine(int line) implements AscNode {
    }

    enum Kind { NUMBER, LABEL, STRING, BAR, COMMA }

    static boolean is(AscNode n, Kind kind) {
        return n instanceof Atom a && a.kind() == kind;
    }
}
