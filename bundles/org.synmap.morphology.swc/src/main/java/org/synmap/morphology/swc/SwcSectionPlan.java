package org.synmap.morphology.swc;

import java.util.List;

import org.synmap.morphology.api.Structure;

/**
 * One section cut from an SWC tree, before its derived values are computed.
 *
 * @param name        the section name: {@code soma}, {@code soma_1}, {@code dend_0}, {@code apical_0} ...
 * @param parent      index of the parent section in the plan list, or -1 for a root
 * @param attachPoint index, in the parent's {@code points}, of the sample this section hangs from
 * @param points      the section's points in order; the first may be a copy of the parent sample
 */
record SwcSectionPlan(String name, Structure structure, int parent, int attachPoint, List<SwcNode> points) {

    SwcSectionPlan {
        points = List.copyOf(points);
    }

    /** The sample ids of the points, in order (for tests and messages). */
    List<Integer> ids() {
        return points.stream().map(SwcNode::id).toList();
    }
}
